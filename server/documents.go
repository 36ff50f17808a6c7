package server

// The reports read into proposals, with their paragraphs and marks.

import (
	"net/http"
	"slices"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
	"github.com/alliances-project/alliances/team"
)

// documentView is what GET /api/v1/documents/{id} answers: a report a reader proposed
// claims from, its body paragraphs, and its proposals (each with its evidence's offsets).
type documentView struct {
	team.Document
	Paragraphs []paragraphView `json:"paragraphs"`
	Proposals  []team.Proposal `json:"proposals"`
}

type paragraphView struct {
	N     int `json:"n"`
	Start int `json:"start"`
	End   int `json:"end"`
}

func (s *Server) listDocuments(w http.ResponseWriter, r *http.Request, c *caller) (int, any, error) {
	caseID := r.URL.Query().Get("case")
	if caseID == "" || !c.user.MaySee(caseID) {
		return 0, nil, alliances.Errorf(alliances.NotFound, "documents", "no case %q in the database", caseID)
	}
	ds, err := s.accounts.Store.Documents(r.Context(), caseID)
	if err != nil {
		return 0, nil, err
	}
	withheld, err := s.withheldFrom(r.Context(), c)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, slices.DeleteFunc(ds, func(d team.Document) bool { return withheld[d.Source] }), nil
}

func (s *Server) getDocument(w http.ResponseWriter, r *http.Request, c *caller) (int, any, error) {
	ctx := r.Context()
	d, err := s.accounts.Store.Document(ctx, r.PathValue("id"))
	if err != nil {
		return 0, nil, err
	}
	withheld, err := s.withheldFrom(ctx, c)
	if err != nil {
		return 0, nil, err
	}
	if !c.user.MaySee(d.Case) || withheld[d.Source] {
		return 0, nil, alliances.Errorf(alliances.NotFound, "document", "no document %q", d.ID)
	}
	out := documentView{Document: d, Paragraphs: []paragraphView{}, Proposals: []team.Proposal{}}
	for _, p := range extract.Read(d.Name, d.Text, extract.DefaultRules()).Paragraphs {
		out.Paragraphs = append(out.Paragraphs, paragraphView{p.N, p.Start, p.End})
	}
	ps, err := s.accounts.Store.Proposals(ctx, team.ProposalFilter{Document: d.ID})
	if err != nil {
		return 0, nil, err
	}
	for _, p := range ps {
		if p, ok := redactProposal(p, withheld); ok {
			out.Proposals = append(out.Proposals, p)
		}
	}
	return http.StatusOK, out, nil
}
