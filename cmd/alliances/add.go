package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/alliances-project/alliances/intake"
	"github.com/alliances-project/alliances/team"
)

const addAbout = `Add records one claim a report states that no reader proposed: a tie or an actor,
given as FIELD=VALUE pairs (the fields of docs/json.md; a list's items by commas:
forms=weapons,funding), with the source it cites and why it is added.

  alliances add tie subject=hekmatyar kind=alliance object=taliban valid=2018/ \
      --locator ¶7 --quote "a full friendship blossomed" --why "stated, ¶7"
  alliances add actor id=salahuddin-rabbani name="Salahuddin Rabbani" kind=individual \
      --why "leads the faction of ¶10"

Dates are EDTF: valid=2016 (that year), valid=2016/2021-08 (a span), valid=2016/.. (from
2016 on), valid=2016/ (from 2016 to an end not known), valid=/2021 (held by 2021, since
when not said: the timeline shows it "held by" 2021, as "by 2021" reads; a tie that ended
then is written the same, with a note that it ended). An analysis at a date reads a tie
whose start or end is not known only with --fuzzy; give both where the report does.

A tie without an id gets one from its parties and kind; it cites --source (default: the
case's only source) at --locator, with --quote kept in the citation's note, at
--credibility (default 2, stated), as basis=stated unless basis=inferred is given (a
reading of the report, not its words). The claim goes through the review queue as a
proposal of the login who runs the command and is accepted at once, both in the audit
trail; --propose leaves it waiting for another reviewer. Nothing recorded is replaced:
an id the case holds already is refused.`

func (m *Main) runAdd(ctx context.Context, args []string) error {
	f := m.flags("add", "tie|actor FIELD=VALUE... --why WHY [--case ID] [--source ID --locator ¶N --quote TEXT] [--propose]", addAbout)
	caseID := f.String("case", "", "the case to add to (default: the only case in the database)")
	source := f.String("source", "", "for a tie: the `id` of the source it cites (default: the case's only source)")
	locator := f.String("locator", "", "for a tie: where in the source (¶7, p. 12)")
	quote := f.String("quote", "", "for a tie: the words of the source that state it, kept in the citation")
	credibility := f.Int("credibility", 2, "for a tie: the citation's credibility, 1 (confirmed) to 6")
	why := f.String("why", "", "why the claim is added, for the audit trail")
	propose := f.Bool("propose", false, "leave the claim in the review queue for another reviewer rather than accept it")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() < 2 || f.Arg(0) != "tie" && f.Arg(0) != "actor" {
		return usageError("add takes tie or actor, then FIELD=VALUE pairs: alliances add tie subject=A kind=support object=B --why WHY")
	}
	entity := f.Arg(0)
	if strings.TrimSpace(*why) == "" {
		return usageError("--why is required: say why the claim is added, for the audit trail")
	}
	if *credibility < 1 || *credibility > 6 {
		return usageError("--credibility %d: expected 1 to 6", *credibility)
	}
	// The id is given here, as no edit may change it.
	start, pairs := json.RawMessage("{}"), quoteValues(f.Args()[1:])
	if i := slices.IndexFunc(pairs, func(a string) bool { return strings.HasPrefix(a, "id=") }); i >= 0 {
		start, _ = json.Marshal(map[string]string{"id": strings.Trim(strings.TrimPrefix(pairs[i], "id="), `"`)})
		pairs = slices.Delete(pairs, i, i+1)
	}
	body, err := intake.Edit(entity, start, strings.Join(pairs, " "))
	if err != nil {
		return usageError("%v", err)
	}
	db, ts, err := m.teamStore(ctx, f, "add", "review queue")
	if err != nil {
		return err
	}
	id, err := singleCase(ctx, db, *caseID, time.Time{})
	if err != nil {
		return err
	}
	rec, err := db.Record(ctx, id, time.Time{})
	if err != nil {
		return err
	}
	var fields map[string]any
	_ = json.Unmarshal(body, &fields)
	if entity == "tie" {
		if fields, err = intake.CompleteTie(rec, fields, intake.Citing{Source: *source, Locator: *locator, Quote: *quote, Credibility: *credibility}); err != nil {
			return err
		}
	} else if s, _ := fields["id"].(string); s == "" {
		return usageError("an actor needs id=ID (and name= and kind=)")
	}
	body, _ = json.Marshal(fields)
	claim := fields["id"].(string)
	if entity == "tie" {
		// Added beside a tie of the same parties, kind and time, not over it: it may state
		// the same claim twice.
		str := func(k string) string { v, _ := fields[k].(string); return v }
		if t, ok := intake.SameTie(rec.Ties, str("subject"), str("kind"), str("object"), str("valid")); ok {
			fmt.Fprintf(m.Stderr, "alliances: warning: case %s already records %s %s %s at %s (%s): the tie is added beside it; where both state one claim, cite the new source on %s instead\n",
				rec.Case, t.Subject, t.Kind, t.Object, t.Valid, t.ID, t.ID)
		}
	}
	p, err := ts.Propose(ctx, team.Proposal{Case: id, Entity: entity, Claim: claim, Body: body, Author: m.login(), Reason: strings.TrimSpace(*why)})
	if err != nil {
		return err
	}
	if *propose {
		fmt.Fprintf(m.Stdout, "alliances: %s %s proposed to case %s, waiting for review\n", entity, claim, id)
		return nil
	}
	if _, err := ts.Decide(ctx, team.Decision{Proposal: p.ID, Revision: p.Revision, By: m.login(), Status: team.Accepted}); err != nil {
		// Proposed, not accepted: say where it waits.
		fmt.Fprintf(m.Stderr, "alliances: %s %s waits in the review queue of case %s (alliances review --case %s)\n", entity, claim, id, id)
		return err
	}
	fmt.Fprintf(m.Stdout, "alliances: %s %s added to case %s\n", entity, claim, id)
	return nil
}

// quoteValues keeps a value given with spaces (name="Salahuddin Rabbani", which the shell
// passes as one argument) one value for intake.Edit, which splits on spaces.
func quoteValues(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		if k, v, ok := strings.Cut(a, "="); ok && strings.ContainsAny(v, " \t") {
			a = k + `="` + v + `"`
		}
		out[i] = a
	}
	return out
}
