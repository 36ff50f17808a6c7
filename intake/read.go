package intake

// Reading reports for a case of a store: the case a report may become, the reader that
// knows the case's actors and the registry's, the source its proposals cite, and what a
// person reading the proposals must be told besides (a body that ended early, tables read
// only as lists, a model's answers left out).

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/datasets"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
	"github.com/alliances-project/alliances/team"
)

// NewCase is a case made for a report, whose actors and ties come as proposals.
type NewCase struct {
	ID, Title string
	Source    string // the id of the report as a source; "" for one made from the title
	Date      string // the report's date, EDTF; "" for none
	Kind      string // one of alliances.SourceKinds
	// Reliability is the report's, A to F.
	Reliability string
}

// Check says what is wrong with c before a store is opened for it, naming the flag of
// extract --new-case that gave the value: an unknown kind or reliability, a date that is
// not EDTF, no title.
func (c NewCase) Check() error {
	_, err := c.source()
	return err
}

// source is the report as the new case's source, its id still to be made where c has none.
func (c NewCase) source() (alliances.Source, error) {
	src := alliances.Source{ID: c.Source, Title: c.Title, Kind: c.Kind, Reliability: c.Reliability}
	switch {
	case strings.TrimSpace(c.Title) == "":
		return src, alliances.Errorf(alliances.Invalid, "extract", "--new-case %s needs --source-title: the title of the source the reports become", c.ID)
	case !slices.Contains(alliances.SourceKinds, c.Kind):
		return src, alliances.Errorf(alliances.Invalid, "extract", "--source-kind %q: expected one of %s", c.Kind, strings.Join(alliances.SourceKinds, ", "))
	case !slices.Contains(alliances.Reliabilities, c.Reliability):
		return src, alliances.Errorf(alliances.Invalid, "extract", "--reliability %q: expected one of %s (A reliable, F cannot be judged)", c.Reliability, strings.Join(alliances.Reliabilities, ", "))
	}
	if c.Date != "" {
		iv, err := edtf.Parse(c.Date)
		if err != nil {
			return src, alliances.Errorf(alliances.Invalid, "extract", "--source-date %q: %v", c.Date, err)
		}
		src.Date = &iv
	}
	return src, nil
}

// MakeCase makes the case c in db, with the report as its one source and, in a database
// without a registry, the built-in one, whose actors the reader knows as any case's. It
// returns the source's id: one made from the title is unique across the database's cases.
func MakeCase(ctx context.Context, db alliances.Store, c NewCase) (string, error) {
	if ids, err := db.CaseIDs(ctx, time.Time{}); err != nil {
		return "", err
	} else if slices.Contains(ids, c.ID) {
		return "", alliances.Errorf(alliances.Conflict, "extract", "--new-case %s: the case exists; read into it with --case %s", c.ID, c.ID)
	}
	src, err := c.source()
	if err != nil {
		return "", err
	}
	all, err := db.Actors(ctx, alliances.ActorFilter{})
	if err != nil {
		return "", err
	}
	reg, _, err := cases.RegistryFor(all)
	if err != nil {
		return "", err
	}
	if src.ID == "" {
		// A case's sources and actors share one space of ids, and a new case's
		// proposals bring the registry's actors: a report titled "Sudan" is not
		// the source "sudan" beside the state "sudan".
		actors := make(map[string]bool, len(all))
		for _, a := range all {
			actors[a.ID] = true
		}
		if reg != nil {
			for _, a := range reg.Actors {
				actors[a.ID] = true
			}
		}
		for _, id := range extract.DefaultRules().StateIDs() {
			actors[id] = true
		}
		if src.ID, err = sourceID(ctx, db, c.Title, actors); err != nil {
			return "", err
		}
	}
	recs := []*alliances.Record{{Case: c.ID, Title: c.Title, Sources: []alliances.Source{src}}}
	if reg != nil {
		recs = append(recs, reg)
	}
	if _, err := db.Import(ctx, recs...); err != nil {
		return "", err
	}
	return src.ID, nil
}

// sourceID makes a source's id from its title: its letters and digits, words joined by
// "-", after "report-" where the title opens with no letter ("2020–2021 Ayn Issa
// clashes") or where an actor has the id ("report-sudan"), cut at a word's end after 40
// characters, and numbered where the database holds it already: source ids hold across
// the cases of a database.
func sourceID(ctx context.Context, db alliances.Store, title string, actors map[string]bool) (string, error) {
	id := datasets.SlugOr(title, "report")
	if len(id) > 40 {
		cut := id[:41]
		if i := strings.LastIndexByte(cut, '-'); i > 0 {
			cut = cut[:i] // "alliances-were-key-to-the-taliban", not "...-takeov"
		}
		id = strings.TrimRight(cut, "-")
	}
	srcs, err := db.Sources(ctx, time.Time{})
	if err != nil {
		return "", err
	}
	if actors[id] {
		id = "report-" + id // "report-sudan", the source, beside "sudan", the state
	}
	base := id
	for n := 2; actors[id] || slices.ContainsFunc(srcs, func(s alliances.Source) bool { return s.ID == id }); n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id, nil
}

// CaseReader returns a reader of reports into case id of db, with the case's record and
// the actors the reader knows: the case's own, then every actor of the registry (a name
// the case gives one of its actors stays that actor's). An organization the reader finds
// gets an id no case has and, where proposals are to be queued (queued), none proposed to
// another case and waiting: an actor's id is one case's, and this case's ties could not
// name it.
func CaseReader(ctx context.Context, db alliances.Store, id string, rules *extract.Rules, queued bool) (*extract.Reader, *alliances.Record, []alliances.Actor, error) {
	rec, err := db.Record(ctx, id, time.Time{})
	if err != nil {
		return nil, nil, nil, err
	}
	all, err := db.Actors(ctx, alliances.ActorFilter{})
	if err != nil {
		return nil, nil, nil, err
	}
	actors, err := answer.CaseActors(ctx, db, id, all, time.Time{})
	if err != nil {
		return nil, nil, nil, err
	}
	rd := extract.NewReader(rules, actors)
	var more []alliances.Actor
	for _, a := range all {
		if a.Recorded != nil && a.Recorded.Case == alliances.RegistryCase && !slices.ContainsFunc(actors, func(b alliances.Actor) bool { return b.ID == a.ID }) {
			more = append(more, a)
		}
	}
	rd.Know(more)
	actors = append(actors, more...)
	rd.Taken = map[string]bool{}
	for _, a := range all {
		rd.Taken[a.ID] = true
	}
	if ts, ok := db.(team.Store); ok && queued {
		waiting, err := ts.Proposals(ctx, team.ProposalFilter{Status: team.Proposed})
		if err != nil {
			return nil, nil, nil, err
		}
		for _, p := range waiting {
			if p.Entity == "actor" && p.Case != id {
				rd.Taken[p.Claim] = true
			}
		}
	}
	return rd, rec, actors, nil
}

// Cite sets the source the reader's proposals cite: source, or the record's only one
// (what names the record in the error), and the reports' date: date, EDTF, else the
// source's, before which a tie given no time holds.
func Cite(rd *extract.Reader, rec *alliances.Record, source, date, what string) error {
	switch {
	case source != "":
		rd.Source = source
	case len(rec.Sources) == 1:
		rd.Source = rec.Sources[0].ID
	default:
		return alliances.Errorf(alliances.Invalid, "extract", "--source: %s has %d sources; name the one the reports are", what, len(rec.Sources))
	}
	if date != "" {
		var err error
		if rd.Date, err = edtf.Parse(date); err != nil {
			return alliances.Errorf(alliances.Invalid, "extract", "--date %q: %v", date, err)
		}
	} else if i := slices.IndexFunc(rec.Sources, func(s alliances.Source) bool { return s.ID == rd.Source }); i >= 0 && rec.Sources[i].Date != nil {
		rd.Date = *rec.Sources[i].Date
	}
	return nil
}

// Reports is what reading some reports gave.
type Reports struct {
	Documents []*extract.Document
	Proposals []extract.Proposal // every one, whatever its confidence
	Found     []extract.Found    // the organizations found that the reader did not know
	// Notes are what the person who reads the proposals is to be told besides, a
	// sentence each: where a body ended before its text, the words read only as tables,
	// the model's answers left out.
	Notes []string
}

// Load reads files into documents, with the notes on them (the words read only as tables,
// a body ended before its text): an error where one cannot be read or holds no paragraph
// to read, told before a case is made for them.
func Load(ctx context.Context, files []string, rules *extract.Rules) (Reports, error) {
	var out Reports
	for _, name := range files {
		text, err := extract.ReadFile(ctx, name)
		if err != nil {
			return Reports{}, err
		}
		doc := extract.Read(name, text, rules)
		if len(doc.Paragraphs) == 0 {
			return Reports{}, alliances.Errorf(alliances.Invalid, "extract", "%s: no paragraph to read (expected prose: paragraphs of sentences, each paragraph of %d words or more, or ending in a full stop and of half as many)", name, 2*rules.MinWords)
		}
		out.Documents = append(out.Documents, doc)
		if note := TablesRead(name, doc); note != "" {
			out.Notes = append(out.Notes, note)
		}
		if note := BodyEnded(name, doc); note != "" {
			out.Notes = append(out.Notes, note)
		}
	}
	return out, nil
}

// Read reads files with rd, and with model where it is not nil (Load, then Propose).
func Read(ctx context.Context, files []string, rd *extract.Reader, rules *extract.Rules, model *extract.ModelReader, actors []alliances.Actor, discover bool) (Reports, error) {
	out, err := Load(ctx, files, rules)
	if err != nil {
		return Reports{}, err
	}
	if err := out.Propose(ctx, rd, model, actors, discover); err != nil {
		return Reports{}, err
	}
	return out, nil
}

// Propose reads the documents Load gave with rd, and with model where it is not nil, the
// proposals merged with their origin marked. Organizations the reader does not know are
// looked for (discover) and become actors the model knows too; an annotation's reading
// does not look, its actors being the ones to find.
func (r *Reports) Propose(ctx context.Context, rd *extract.Reader, model *extract.ModelReader, actors []alliances.Actor, discover bool) error {
	for _, doc := range r.Documents {
		if discover {
			news := rd.Discover(doc)
			r.Found = append(r.Found, news...)
			for _, fa := range news {
				actors = append(actors, fa.Actor)
			}
		}
		found := rd.Read(doc)
		if model != nil {
			model.Actors, model.Source = actors, rd.Source
			read, err := model.Read(ctx, doc)
			if err != nil {
				return alliances.Errorf(alliances.Unavailable, "extract", "%v", err)
			}
			found = extract.Merge(found, read)
			if model.Refused > 0 {
				r.Notes = append(r.Notes, fmt.Sprintf("%d answers of the model left out (actors or kinds not the record's, dates not EDTF, evidence not the report's words)", model.Refused))
			}
		}
		r.Proposals = append(r.Proposals, found...)
	}
	return nil
}

// TablesRead says, where a quarter or more of a report's words are in tables, that those
// are read only as lists of belligerents; "" where less are.
func TablesRead(name string, d *extract.Document) string {
	tables, words := 0, 0
	for _, p := range d.Paragraphs {
		n := len(strings.Fields(d.Text[p.Start:p.End]))
		words += n
		if len(p.Sentences) == 0 {
			tables += n
		}
	}
	if tables == 0 || 4*tables < words {
		return ""
	}
	return fmt.Sprintf("%s: %d of its %d words are in tables or infoboxes, which are counted as paragraphs and read only as lists of belligerents (a side's entries, its allies and its supporters), not as sentences",
		name, tables, words)
}

// BodyEnded says where a report's body ended before its text did, and how much of the
// text was not read: a section of notes may hold statements. It is "" where the body
// ran to the text's end.
func BodyEnded(name string, d *extract.Document) string {
	if d.EndedAt == 0 {
		return ""
	}
	rest := len(strings.Fields(d.Text[d.EndedAt:]))
	if rest == 0 {
		return ""
	}
	at, why := "an author's note", "what follows an author's note is the publisher's: disclaimers, other articles"
	if d.EndHeading != "" {
		at, why = fmt.Sprintf("the heading %q", d.EndHeading), "notes, references and links are no body; to read a section after it, give it another heading"
	}
	return fmt.Sprintf("%s: the body ends at %s (¶%d is its last paragraph): the %d words after it are not read (%s)",
		name, at, len(d.Paragraphs), rest, why)
}
