package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer/textreport"
	"github.com/alliances-project/alliances/extract"
	"github.com/alliances-project/alliances/intake"
	"github.com/alliances-project/alliances/team"
)

func (m *Main) runExtract(ctx context.Context, args []string) error {
	f := m.flags("extract", "FILE... [--case ID | --new-case ID --source-title T] [--source ID] [--score] [--propose]", `Extract reads reports (plain text, Markdown, HTML, or PDF through pdftotext) and proposes the ties they state
between the actors of a case (its own and the registry's): each with its paragraph (¶N,
counting the body's paragraphs from 1, without headings and captions), the sentence it
comes from, and the words that led to it and changed it (negation drops a claim, a hedge
or an attribution makes it alleged, a time phrase gives its dates). The words are rules
in a data file (extract/rules.yaml); --rules adds an analyst's own.

Nothing enters the record: --propose puts the proposals in the review queue of a team's
store, as proposals of "extract", each once (one rejected is not offered again). --score
measures them against the case's ties that cite the source and are not inferred: the
precision and recall of docs/extraction.md.`).withJSON()
	caseID := f.String("case", "", "the case whose actors the reports name (default: the only case, or the built-in one)")
	source := f.String("source", "", "the `id` of the source the reports are (default: the case's only source)")
	date := f.String("date", "", "the reports' date, EDTF (default: the source's): a tie without a time holds before it")
	rulesFile := f.String("rules", "", "a `file` of rules to add to the built-in ones (the shape of extract/rules.yaml)")
	threshold := f.Float64("threshold", 0.5, "the least confidence of a proposal shown, proposed or scored (0 to 1)")
	score := f.Bool("score", false, "measure the proposals against the case's ties citing the source")
	propose := f.Bool("propose", false, "put the proposals in the review queue")
	paragraphs := f.Bool("paragraphs", false, "list the reports' body paragraphs as numbered (¶N), and nothing else")
	modelURL := f.String("model-url", "", "also ask a language model, at this `URL` of a server speaking the OpenAI-compatible chat completions protocol (such as http://127.0.0.1:8080/v1; the key, if any, in $ALLIANCES_MODEL_KEY)")
	modelName := f.String("model", "", "the `name` of the model to ask (with --model-url)")
	newCase := f.String("new-case", "", "read into a new case of this `id`, with the reports as its source (--source-title, --source-date, --source-kind, --reliability)")
	sourceTitle := f.String("source-title", "", "with --new-case: the reports' title")
	sourceDate := f.String("source-date", "", "with --new-case: the reports' date, EDTF")
	reliability := f.String("reliability", "C", "with --new-case: the reports' reliability, A to F")
	sourceKind := f.String("source-kind", "analysis", "with --new-case: the reports' `kind`: "+strings.Join(alliances.SourceKinds, ", "))
	against := f.String("against", "", "with --score, measure against this annotation, a case `file` of the report's stated ties, whose actors the reader then knows (no database)")
	asNew := f.Bool("as-new", false, "with --against, read as into a new case: knowing only the registry's actors and those found by the forms of their names, matched to the annotation's by name and alias")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() == 0 {
		f.Usage()
		return usageError("extract needs a file to read")
	}
	if *threshold < 0 || *threshold > 1 {
		return usageError("--threshold %v: expected 0 to 1", *threshold)
	}
	rules := extract.DefaultRules()
	if *rulesFile != "" {
		data, err := os.ReadFile(*rulesFile)
		if err != nil {
			return alliances.Errorf(alliances.Invalid, "extract", "--rules: %v", unwrapPath(err))
		}
		more, err := extract.ParseRules(*rulesFile, data)
		if err != nil {
			return err
		}
		rules.Extend(more)
		if err := rules.CheckFormerly(*rulesFile); err != nil {
			return err
		}
	}
	if *paragraphs {
		for _, name := range f.Args() {
			text, err := extract.ReadFile(ctx, name)
			if err != nil {
				return err
			}
			d := extract.Read(name, text, rules)
			textreport.Paragraphs(m.Stdout, name, d)
			if note := intake.BodyEnded(name, d); note != "" {
				m.note([]string{note})
			}
		}
		return nil
	}
	var model *extract.ModelReader
	if *modelURL != "" || *modelName != "" {
		if *modelURL == "" || *modelName == "" {
			return usageError("--model-url and --model go together")
		}
		model = &extract.ModelReader{URL: *modelURL, Model: *modelName, APIKey: m.Getenv("ALLIANCES_MODEL_KEY")}
	}
	if *against != "" {
		if !*score || *propose {
			return usageError("--against goes with --score (and not --propose)")
		}
		return m.scoreAgainst(ctx, f.Args(), *against, *asNew, rules, model, *source, *date, *threshold, f.json)
	}
	if *asNew {
		return usageError("--as-new goes with --against")
	}
	nc := intake.NewCase{ID: *newCase, Title: *sourceTitle, Source: *source, Date: *sourceDate, Kind: *sourceKind, Reliability: *reliability}
	if *newCase != "" {
		switch {
		case *caseID != "":
			return usageError("--new-case %s and --case %s: read into a new case or into one the database holds, not both", *newCase, *caseID)
		case !*propose:
			return usageError("--new-case %s needs --propose: a new case's actors and ties come as proposals for review", *newCase)
		}
		if err := nc.Check(); err != nil {
			var e *alliances.Error
			if errors.As(err, &e) {
				return usageError("%s", e.Msg) // a flag's value, told before a store is opened
			}
			return err
		}
	}
	// The reports are read from their files before a case is made for them: one that
	// cannot be read leaves no empty case behind.
	read, err := intake.Load(ctx, f.Args(), rules)
	if err != nil {
		return err
	}
	db, err := m.store(ctx, f, !*propose)
	if err != nil {
		return err
	}
	if *newCase != "" {
		src, err := intake.MakeCase(ctx, db, nc)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stderr, "alliances: made case %s, its source %s; its actors and ties come as proposals for review\n", *newCase, src)
		*caseID = *newCase
	}
	id := *caseID
	if id == "" {
		if id, err = singleCase(ctx, db, "", time.Time{}); err != nil {
			id = "afghanistan-2021"
		}
	}
	rd, rec, actors, err := intake.CaseReader(ctx, db, id, rules, *propose)
	if err != nil {
		return err
	}
	if err := intake.Cite(rd, rec, *source, *date, "case "+id); err != nil {
		return err
	}
	if err := read.Propose(ctx, rd, model, actors, !*score); err != nil {
		return err
	}
	m.note(read.Notes)
	props, found := read.Proposals, read.Found
	kept := slices.DeleteFunc(slices.Clone(props), func(p extract.Proposal) bool { return p.Confidence < *threshold })
	switch {
	case *score:
		return m.printScore(extract.Measure(props, extract.Annotation(rec, rd.Source), *threshold), id, rd.Source, f.json)
	case *propose:
		ts, ok := db.(team.Store)
		if !ok {
			return alliances.Errorf(alliances.Unavailable, "extract", "this store keeps no review queue")
		}
		res, err := intake.Queue(ctx, ts, intake.Batch{Case: id, Source: rd.Source, Documents: read.Documents, Found: found, Ties: kept})
		if err != nil {
			return err
		}
		for _, f := range res.Failed {
			fmt.Fprintf(m.Stderr, "alliances: %s not proposed: %v\n", f.What, f.Err)
		}
		added, actorsAdded, again := res.Ties, res.Actors, res.Again
		before := ""
		if again > 0 {
			before = fmt.Sprintf(" (%s offered before and not again)", alliances.Count(again, "proposal"))
		}
		fmt.Fprintf(m.Stdout, "alliances: %s put in the review queue of case %s: %s, %s%s\n",
			alliances.Count(actorsAdded+added, "proposal"), id, alliances.Count(actorsAdded, "actor"), alliances.Count(added, "tie"), before)
		if actorsAdded+added > 0 {
			m.howToReview(ctx, ts, id)
		}
		return nil
	}
	if f.json {
		if found == nil {
			found = []extract.Found{}
		}
		if kept == nil {
			kept = []extract.Proposal{}
		}
		return writeJSON(m.Stdout, struct {
			Actors []extract.Found    `json:"actors"`
			Ties   []extract.Proposal `json:"ties"`
		}{found, kept})
	}
	return textreport.Extracted(m.Stdout, found, kept)
}

// howToReview prints where the proposals of a case can be reviewed (intake.HowToReview).
func (m *Main) howToReview(ctx context.Context, ts team.Store, id string) {
	for _, line := range intake.HowToReview(ctx, ts, id, m.dbFile) {
		fmt.Fprintln(m.Stdout, "alliances: "+line)
	}
}

// note prints what the person reading the proposals is to be told besides, a line each.
func (m *Main) note(notes []string) {
	for _, n := range notes {
		fmt.Fprintln(m.Stderr, "alliances: "+n)
	}
}
