package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/datasets"
	"github.com/alliances-project/alliances/edtf"
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
	}
	if *paragraphs {
		for _, name := range f.Args() {
			text, err := extract.ReadFile(ctx, name)
			if err != nil {
				return err
			}
			d := extract.Read(name, text, rules)
			for _, p := range d.Paragraphs {
				line := strings.Join(strings.Fields(d.Text[p.Start:p.End]), " ")
				if r := []rune(line); len(r) > 100 {
					line = string(r[:100]) + "…"
				}
				fmt.Fprintf(m.Stdout, "%s ¶%d (%d sentences): %s\n", name, p.N, len(p.Sentences), line)
			}
			m.bodyEnded(name, d)
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
	if *newCase != "" {
		switch {
		case *caseID != "":
			return usageError("--new-case %s and --case %s: read into a new case or into one the database holds, not both", *newCase, *caseID)
		case *sourceTitle == "":
			return usageError("--new-case %s needs --source-title: the title of the source the reports become", *newCase)
		case !*propose:
			return usageError("--new-case %s needs --propose: a new case's actors and ties come as proposals for review", *newCase)
		}
	}
	db, err := m.store(ctx, f, !*propose)
	if err != nil {
		return err
	}
	if *newCase != "" {
		if *caseID, err = m.newExtractCase(ctx, db, *newCase, *source, *sourceTitle, *sourceDate, *sourceKind, *reliability); err != nil {
			return err
		}
	}
	id := *caseID
	if id == "" {
		if id, err = singleCase(ctx, db, "", time.Time{}); err != nil {
			id = "afghanistan-2021"
		}
	}
	rec, err := db.Record(ctx, id, time.Time{})
	if err != nil {
		return err
	}
	all, err := db.Actors(ctx, alliances.ActorFilter{})
	if err != nil {
		return err
	}
	actors, err := answer.CaseActors(ctx, db, id, all, time.Time{})
	if err != nil {
		return err
	}
	// Every actor of the registry may be named, as a case may name it, after the case's
	// own: a name the case gives one of its actors stays that actor's.
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
		rd.Taken[a.ID] = true // an organization found in the report gets an id no case has
	}
	// Nor one proposed to another case and waiting: an actor's id is one case's, and this
	// case's ties could not name it.
	if ts, ok := db.(team.Store); ok && *propose {
		waiting, err := ts.Proposals(ctx, team.ProposalFilter{Status: team.Proposed})
		if err != nil {
			return err
		}
		for _, p := range waiting {
			if p.Entity == "actor" && p.Case != id {
				rd.Taken[p.Claim] = true
			}
		}
	}
	if err := citeReports(rd, rec, *source, *date, "case "+id); err != nil {
		return err
	}
	props, found, err := m.readReports(ctx, f.Args(), rd, rules, model, actors, !*score)
	if err != nil {
		return err
	}
	kept := slices.DeleteFunc(slices.Clone(props), func(p extract.Proposal) bool { return p.Confidence < *threshold })
	switch {
	case *score:
		return m.printScore(extract.Measure(props, extract.Annotation(rec, rd.Source), *threshold), id, rd.Source, f.json)
	case *propose:
		ts, ok := db.(team.Store)
		if !ok {
			return alliances.Errorf(alliances.Unavailable, "extract", "this store keeps no review queue")
		}
		res, err := intake.Queue(ctx, ts, intake.Batch{Case: id, Source: rd.Source, Documents: m.docs, Found: found, Ties: kept})
		if err != nil {
			return err
		}
		for _, f := range res.Failed {
			fmt.Fprintf(m.Stderr, "alliances: %s not proposed: %v\n", f.What, f.Err)
		}
		added, actorsAdded, again := res.Ties, res.Actors, res.Again
		before := ""
		if again > 0 {
			before = fmt.Sprintf(" (%s offered before and not again)", counted(again, "proposal"))
		}
		fmt.Fprintf(m.Stdout, "alliances: %s put in the review queue of case %s: %s, %s%s\n",
			counted(actorsAdded+added, "proposal"), id, counted(actorsAdded, "actor"), counted(added, "tie"), before)
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
	for _, fa := range found {
		fmt.Fprintf(m.Stdout, "¶%d new actor %s (%s): %q, %s\n", fa.Paragraph, fa.Actor.ID, fa.Actor.Kind, fa.Quote, fa.Why)
	}
	t := newTable(m.Stdout, "¶", "SUBJECT", "KIND", "OBJECT", "VALID", "STATUS", "CONF", "WHY")
	for _, p := range kept {
		t.row(fmt.Sprint(p.Paragraph), p.Tie.Subject, string(p.Tie.Kind), p.Tie.Object, dates(p.Tie.Valid.String()), string(p.Tie.Status),
			fmt.Sprintf("%.1f", p.Confidence), strings.Join(p.Cues, "; "))
	}
	return t.flush()
}

// citeReports sets the source the reader's proposals cite, the one --source names or the
// record's only one (what names the record in a message), and the reports' date: --date,
// else the source's.
// howToReview tells where the proposals of a case can be reviewed: at the terminal, or
// in the browser of the team server, which needs an account that may review the case:
// for a store with none, a first account of role admin, who may review alone.
func (m *Main) howToReview(ctx context.Context, ts team.Store, id string) {
	db := ""
	if m.dbFile != "" {
		db = " --db " + m.dbFile
	}
	account := "sign in as a reviewer of the case"
	if users, err := ts.Users(ctx); err == nil && len(users) == 0 {
		account = fmt.Sprintf("a first account once: `alliances users add NAME --role admin%s`, who may review alone", db)
	} else if err == nil && !slices.ContainsFunc(users, func(u team.User) bool { return u.MayReview(id) && !u.Disabled }) {
		account = fmt.Sprintf("an account that may review the case first: `alliances users add NAME --role reviewer --edit %s%s`", id, db)
	}
	fmt.Fprintf(m.Stdout, "alliances: review them with `alliances review --case %s%s`, or in the browser: `alliances serve --team%s` (%s), then the Review tab of case %s\n",
		id, db, db, account, id)
	fmt.Fprintf(m.Stdout, "alliances: add what the reader missed with `alliances add tie subject=A kind=KIND object=B valid=DATE --locator ¶N --why WHY --case %s%s`\n", id, db)
}

func citeReports(rd *extract.Reader, rec *alliances.Record, source, date, what string) error {
	switch {
	case source != "":
		rd.Source = source
	case len(rec.Sources) == 1:
		rd.Source = rec.Sources[0].ID
	default:
		return usageError("--source: %s has %d sources; name the one the reports are", what, len(rec.Sources))
	}
	if date != "" {
		var err error
		if rd.Date, err = edtf.Parse(date); err != nil {
			return usageError("--date %q: %v", date, err)
		}
	} else if i := slices.IndexFunc(rec.Sources, func(s alliances.Source) bool { return s.ID == rd.Source }); i >= 0 && rec.Sources[i].Date != nil {
		rd.Date = *rec.Sources[i].Date
	}
	return nil
}

// readReports reads each report with the rules, and with the model when one is given,
// the proposals merged with their origin marked.
// Organizations the record does not know are looked for (discover) unless the proposals
// are measured against an annotation, whose actors are the ones to find.
func (m *Main) readReports(ctx context.Context, files []string, rd *extract.Reader, rules *extract.Rules, model *extract.ModelReader, actors []alliances.Actor, discover bool) ([]extract.Proposal, []extract.Found, error) {
	m.docs = nil
	var props []extract.Proposal
	var discovered []extract.Found
	for _, name := range files {
		text, err := extract.ReadFile(ctx, name)
		if err != nil {
			return nil, nil, err
		}
		doc := extract.Read(name, text, rules)
		if len(doc.Paragraphs) == 0 {
			return nil, nil, alliances.Errorf(alliances.Invalid, "extract", "%s: no paragraph to read (expected prose: paragraphs of sentences, each paragraph of %d words or more, or ending in a full stop and of half as many)", name, 2*rules.MinWords)
		}
		m.docs = append(m.docs, doc)
		tables, words := 0, 0
		for _, p := range doc.Paragraphs {
			n := len(strings.Fields(doc.Text[p.Start:p.End]))
			words += n
			if len(p.Sentences) == 0 {
				tables += n
			}
		}
		if tables > 0 && 4*tables >= words {
			fmt.Fprintf(m.Stderr, "alliances: %s: %d of its %d words are in tables or infoboxes, which are counted as paragraphs and read only as lists of belligerents (a side's entries, its allies and its supporters), not as sentences\n",
				name, tables, words)
		}
		m.bodyEnded(name, doc)
		var news []extract.Found
		if discover {
			news = rd.Discover(doc)
		}
		discovered = append(discovered, news...)
		for _, fa := range news {
			actors = append(actors, fa.Actor)
		}
		found := rd.Read(doc)
		if model != nil {
			model.Actors, model.Source = actors, rd.Source
			read, err := model.Read(ctx, doc)
			if err != nil {
				return nil, nil, alliances.Errorf(alliances.Unavailable, "extract", "%v", err)
			}
			found = extract.Merge(found, read)
			if model.Refused > 0 {
				fmt.Fprintf(m.Stderr, "alliances: %d answers of the model left out (actors or kinds not the record's, dates not EDTF, evidence not the report's words)\n", model.Refused)
			}
		}
		props = append(props, found...)
	}
	return props, discovered, nil
}

// newExtractCase makes the case a report is read into: its title and the report as its
// one source. The actors and ties come as proposals.
func (m *Main) newExtractCase(ctx context.Context, db alliances.Store, id, source, title, date, kind, reliability string) (string, error) {
	if ids, err := db.CaseIDs(ctx, time.Time{}); err != nil {
		return "", err
	} else if slices.Contains(ids, id) {
		return "", usageError("--new-case %s: the case exists; read into it with --case %s", id, id)
	}
	if source == "" {
		// Its letters and digits, words joined by "-", after "report-" where the title
		// opens with no letter ("2020–2021 Ayn Issa clashes").
		source = datasets.SlugOr(title, "report")
		if len(source) > 40 {
			cut := source[:41]
			if i := strings.LastIndexByte(cut, '-'); i > 0 {
				cut = cut[:i] // at a word's end: "alliances-were-key-to-the-taliban", not "...-takeov"
			}
			source = strings.TrimRight(cut, "-")
		}
		// A report read into a second case keeps its source id unique: source ids hold
		// across the cases of a database.
		srcs, err := db.Sources(ctx, time.Time{})
		if err != nil {
			return "", err
		}
		base := source
		for n := 2; slices.ContainsFunc(srcs, func(s alliances.Source) bool { return s.ID == source }); n++ {
			source = fmt.Sprintf("%s-%d", base, n)
		}
	}
	if !slices.Contains(alliances.SourceKinds, kind) {
		return "", usageError("--source-kind %q: expected one of %s", kind, strings.Join(alliances.SourceKinds, ", "))
	}
	src := alliances.Source{ID: source, Title: title, Kind: kind, Reliability: reliability}
	if date != "" {
		iv, err := edtf.Parse(date)
		if err != nil {
			return "", usageError("--source-date %q: %v", date, err)
		}
		src.Date = &iv
	}
	rec := &alliances.Record{Case: id, Title: title, Sources: []alliances.Source{src}}
	recs := []*alliances.Record{rec}
	// The registry's actors (states, the Taliban, al-Qaeda...) are known to the reader
	// as to any case: a database without a registry gets the built-in one.
	all, err := db.Actors(ctx, alliances.ActorFilter{})
	if err != nil {
		return "", err
	}
	if reg, _, err := cases.RegistryFor(all); err != nil {
		return "", err
	} else if reg != nil {
		recs = append(recs, reg)
	}
	if _, err := db.Import(ctx, recs...); err != nil {
		return "", err
	}
	fmt.Fprintf(m.Stderr, "alliances: made case %s, its source %s; its actors and ties come as proposals for review\n", id, source)
	return id, nil
}

// bodyEnded says where a report's body ended before its text did, and how much of the
// text was not read: a section of notes may hold statements.
func (m *Main) bodyEnded(name string, d *extract.Document) {
	if d.EndedAt == 0 {
		return
	}
	at, why := "an author's note", "what follows an author's note is the publisher's: disclaimers, other articles"
	if d.EndHeading != "" {
		at, why = fmt.Sprintf("the heading %q", d.EndHeading), "notes, references and links are no body; to read a section after it, give it another heading"
	}
	if rest := len(strings.Fields(d.Text[d.EndedAt:])); rest > 0 {
		fmt.Fprintf(m.Stderr, "alliances: %s: the body ends at %s (¶%d is its last paragraph): the %d words after it are not read (%s)\n",
			name, at, len(d.Paragraphs), rest, why)
	}
}
