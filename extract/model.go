package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// ModelReader is a second reader: a language model behind a server that speaks the
// OpenAI-compatible chat completions protocol (POST URL/chat/completions), asked for each
// paragraph's ties as JSON that a schema describes. What it answers is checked as the
// rules' proposals are not: the actors must be the record's, the kind one of ours, the
// dates EDTF, and its evidence words of the paragraph, quoted exactly; anything else is
// left out and counted. No model ships with the program.
type ModelReader struct {
	URL    string // the server's base URL, such as http://127.0.0.1:8080/v1
	Model  string
	APIKey string // sent as a bearer token when set
	Client *http.Client
	Actors []alliances.Actor
	Source string

	Refused int // answers left out: unknown actors or kinds, dates that do not parse, evidence not in the paragraph
}

// modelTie is one tie as the model answers it.
type modelTie struct {
	Subject  string `json:"subject"`
	Object   string `json:"object"`
	Kind     string `json:"kind"`
	Valid    string `json:"valid"`
	Alleged  bool   `json:"alleged"`
	Evidence string `json:"evidence"`
}

// modelSchema is the JSON schema the answer must follow.
func modelSchema() map[string]any {
	var kinds []string
	for _, k := range alliances.Kinds {
		kinds = append(kinds, string(k.Kind))
	}
	tie := map[string]any{
		"type": "object", "additionalProperties": false,
		"required": []string{"subject", "object", "kind", "valid", "alleged", "evidence"},
		"properties": map[string]any{
			"subject":  map[string]any{"type": "string", "description": "the id of the actor who acts (the supporter, the attacker)"},
			"object":   map[string]any{"type": "string", "description": "the id of the actor acted on"},
			"kind":     map[string]any{"type": "string", "enum": kinds},
			"valid":    map[string]any{"type": "string", "description": "when the tie held, as EDTF: 2005, 2021-06, 2011/.., /2018"},
			"alleged":  map[string]any{"type": "boolean", "description": "true when the text hedges or attributes the claim"},
			"evidence": map[string]any{"type": "string", "description": "the words of the paragraph that state it, quoted exactly"},
		},
	}
	return map[string]any{"type": "object", "additionalProperties": false, "required": []string{"ties"},
		"properties": map[string]any{"ties": map[string]any{"type": "array", "items": tie}}}
}

// Read asks the model for the ties of each paragraph of a document.
func (m *ModelReader) Read(ctx context.Context, d *Document) ([]Proposal, error) {
	known := map[string]bool{}
	var list strings.Builder
	for _, a := range m.Actors {
		if a.Kind == alliances.Category {
			continue
		}
		known[a.ID] = true
		fmt.Fprintf(&list, "- %s: %s", a.ID, a.Name)
		if len(a.Aliases) > 0 {
			fmt.Fprintf(&list, " (also %s)", strings.Join(a.Aliases, ", "))
		}
		list.WriteString("\n")
	}
	system := "You read reports on armed conflicts for analysts. For the paragraph given, list every relation between two of the " +
		"actors listed that the paragraph states, as JSON following the schema: the actors by their ids, the kind of tie " +
		"(support: one gives the other material or political support; alliance; cooperation; favour; rivalry; hostility: fighting; " +
		"opposition; coercion; membership; splinter; merger; renaming; agreement; negotiation; mediation), when it held in EDTF, " +
		"whether the text hedges or attributes it, and the exact words that state it. State nothing the paragraph does not.\n\nActors:\n" + list.String()
	client := m.Client
	if client == nil {
		client = &http.Client{Timeout: 2 * time.Minute}
	}
	var out []Proposal
	for _, p := range d.Paragraphs {
		text := d.Text[p.Start:p.End]
		ties, err := m.ask(ctx, client, system, text)
		if err != nil {
			return nil, fmt.Errorf("the model at %s, ¶%d: %w", m.URL, p.N, err)
		}
		for _, mt := range ties {
			prop, ok := m.check(mt, p, d, known)
			if !ok {
				m.Refused++
				continue
			}
			out = append(out, prop)
		}
	}
	return out, nil
}

func (m *ModelReader) ask(ctx context.Context, client *http.Client, system, paragraph string) ([]modelTie, error) {
	body, _ := json.Marshal(map[string]any{
		"model":       m.Model,
		"temperature": 0,
		"messages": []map[string]string{
			{"role": "system", "content": system},
			{"role": "user", "content": paragraph},
		},
		"response_format": map[string]any{"type": "json_schema",
			"json_schema": map[string]any{"name": "ties", "strict": true, "schema": modelSchema()}},
	})
	req, err := http.NewRequestWithContext(ctx, "POST", strings.TrimSuffix(m.URL, "/")+"/chat/completions", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if m.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+m.APIKey)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %.300s", resp.Status, raw)
	}
	var answer struct {
		Choices []struct {
			Message struct {
				Content string `json:"content"`
			} `json:"message"`
		} `json:"choices"`
	}
	if err := json.Unmarshal(raw, &answer); err != nil || len(answer.Choices) == 0 {
		return nil, fmt.Errorf("not a chat completion: %.300s", raw)
	}
	var got struct {
		Ties []modelTie `json:"ties"`
	}
	dec := json.NewDecoder(strings.NewReader(answer.Choices[0].Message.Content))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		return nil, fmt.Errorf("its answer does not follow the schema: %v", err)
	}
	return got.Ties, nil
}

// check turns a tie the model answered into a proposal, or refuses it.
func (m *ModelReader) check(mt modelTie, p Paragraph, d *Document, known map[string]bool) (Proposal, bool) {
	kind := alliances.Kind(mt.Kind)
	if !known[mt.Subject] || !known[mt.Object] || mt.Subject == mt.Object || !kind.Valid() {
		return Proposal{}, false
	}
	iv, err := edtf.Parse(mt.Valid)
	if err != nil {
		return Proposal{}, false
	}
	ev := strings.TrimSpace(mt.Evidence)
	at := strings.Index(d.Text[p.Start:p.End], ev)
	if ev == "" || at < 0 {
		return Proposal{}, false // evidence that is not the paragraph's words
	}
	t := alliances.Tie{Subject: mt.Subject, Object: mt.Object, Kind: kind, Valid: iv, Status: alliances.Reported,
		Citations: []alliances.Citation{{Source: m.Source, Locator: "¶" + strconv.Itoa(p.N), Credibility: 3, Note: "“" + ev + "”"}}}
	if mt.Alleged {
		t.Status = alliances.Alleged
	}
	t.ID = proposalID(t, p.N)
	t.Normalize()
	start := p.Start + at
	return Proposal{Tie: t, Paragraph: p.N, Start: start, End: start + len(ev), Quote: ev,
		Cues: []string{"origin: model " + m.Model}, Confidence: 0.5, Document: d.Name}, true
}

// Merge adds the model's proposals to the rules', marking the origin of each: a tie both
// read is the rules' (with their cues), marked as read by both, a little more confident.
func Merge(rules, model []Proposal) []Proposal {
	key := func(p *Proposal) string { return p.Tie.ID }
	out := slices.Clone(rules)
	for i := range out {
		out[i].Cues = append([]string{"origin: rules"}, out[i].Cues...)
	}
	for _, mp := range model {
		if i := slices.IndexFunc(out, func(p Proposal) bool { return key(&p) == key(&mp) }); i >= 0 {
			out[i].Cues = append(out[i].Cues, "also read by the model")
			out[i].Confidence = min(1, out[i].Confidence+0.1)
			continue
		}
		out = append(out, mp)
	}
	return out
}
