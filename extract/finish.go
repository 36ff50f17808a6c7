package extract

// Dating and citing a tie the reader proposes, the last step of every reading.

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// finish dates and cites a tie the reader proposes.
func (rd *Reader) finish(d *Document, p Paragraph, s Span, t alliances.Tie, cues []string, valid, timeCue string, confidence float64) (Proposal, bool) {
	text := d.Text[s.Start:s.End]
	if len(t.Citations) == 0 {
		t.Citations = []alliances.Citation{{Source: rd.Source, Locator: locator(d, p, s), Credibility: credibilityOf(t.Status), Note: "“" + strings.TrimSpace(text) + "”"}}
	}
	if t.Valid.IsZero() {
		if valid == "" {
			switch {
			case !rd.Date.IsZero():
				valid, timeCue = "/"+rd.Date.String(), "no time: before the document"
			case rd.latest != "":
				valid, timeCue = "/"+rd.latest, "no time: by the latest year the document names"
			default:
				return Proposal{}, false
			}
		}
		// A deal or an alliance made at a time holds from then on ("reached an
		// understanding with the Taliban in spring 2021"): dated to the time alone, it
		// would leave every network after it.
		// So does a tie the sentence starts at a time ("resumed substantive support for the
		// Taliban in 2004").
		started := slices.ContainsFunc(cues, func(c string) bool { return strings.HasPrefix(c, "start: ") })
		// A fight or a stand against another "started" at a time has an end the sentence
		// does not give, not none: "the Taliban started targeting its members in 2016"
		// (by 2018 the two were friends).
		// So does a membership a dated sentence gives ("Gulbuddin Hekmatyar's Hizb-e
		// Islami signed a peace deal in 2016", "the faction of Salahuddin Rabbani in
		// Jami'at ... in June 2021"): the member's ties fold into the organization's after
		// that year too.
		// Not a post the sentence names its holder by ("forced President X to flee in
		// 2016"): held at that time, not from it on.
		// A post taken is held from then on: "Déby took power in December 1990", though
		// another dies in the sentence ("Neto died ... and dos Santos succeeded him").
		taken := slices.ContainsFunc(cues, func(c string) bool {
			return strings.HasPrefix(c, "post: ") && strings.Contains(c, ", taken after the name")
		})
		leads := t.Kind == alliances.Membership && (taken || !slices.ContainsFunc(cues, func(c string) bool {
			return strings.HasPrefix(c, "post: ") || strings.HasPrefix(c, "name: the government of ") || // "the Najibullah government": his then
				strings.HasPrefix(c, "cue: the states named in apposition") // "the Frontline States, Tanzania, ...": members then
		}))
		// Made within a span of months ("deals in late June and early July 2021"): from the
		// span's start.
		if from, _, ok := strings.Cut(valid, "/"); ok && (t.Kind == alliances.Agreement || t.Kind == alliances.Alliance || started || leads) &&
			strings.HasPrefix(timeCue, "time:") && monthsRE.MatchString(timeCue) {
			valid = from
		}
		if (t.Kind == alliances.Agreement || t.Kind == alliances.Alliance || started || leads) && strings.HasPrefix(timeCue, "time:") && !strings.Contains(valid, "/") &&
			!strings.HasSuffix(timeCue, "(the paragraph's year)") { // a time the sentence gives, not the paragraph's
			open, how := valid+"/..", ", and on from then"
			if started && alliances.SignOf(t.Kind, t.Type) < 0 {
				open, how = valid+"/", ", to an end not given"
			}
			// "Hassan Shateri, a commander of the Quds Force, was killed in February 2013":
			// a post held until its holder's death, not on from it (not where the holder
			// tells of others' deaths: "X said that 25 soldiers were killed").
			// Not another's death the sentence dates by ("Umarov, who took over when
			// Sadulayev was killed in June 2006").
			if text := d.Text[s.Start:s.End]; leads && !taken && rd.kinds[t.Subject] == "individual" && deathRE.MatchString(text) && !toldRE.MatchString(text) &&
				len(deathRE.FindAllString(text, -1)) > len(othersDeathRE.FindAllString(text, -1)) {
				open, how = "/"+valid, ", to the member's death"
			}
			// "Sulim Yamadayev, ex-commander of Vostok, was shot on 28 March": a post held
			// before then, not from then on.
			if lower := strings.ToLower(d.Text[s.Start:s.End]); leads && !taken && slices.ContainsFunc(cues, func(c string) bool {
				post, ok := strings.CutPrefix(c, "cue: ")
				return ok && (strings.Contains(lower, "ex-"+post) || strings.Contains(lower, "former "+post) || strings.Contains(lower, "erstwhile "+post))
			}) {
				open, how = "/"+valid, ", a former post, held before then"
			}
			if leads && untilTime(d.Text[s.Start:s.End], cues, timeCue) {
				open, how = "/"+valid, ", to the end the clause after \"until\" dates"
			}
			if _, err := edtf.Parse(open); err == nil { // not of a decade ("199X"), which EDTF opens no interval on
				valid, timeCue = open, timeCue+how
			}
		}
		// "Saudi Arabia stopped supporting the Taliban in 2016": the time is the end of
		// the support, which ran to it from a start the sentence does not give.
		if strings.HasPrefix(timeCue, "time:") && !strings.Contains(valid, "/") &&
			slices.ContainsFunc(cues, func(c string) bool { return strings.HasPrefix(c, "end: ") }) {
			end := valid
			if len(end) == 4 && strings.HasSuffix(end, "X") {
				end = end[:3] + "9" // "stopped in the 1990s": by 1999 at the latest
			}
			valid, timeCue = "/"+end, timeCue+", its end"
		}
		if iv, err := edtf.Parse(valid); err == nil {
			t.Valid = iv
			cues = append(cues, timeCue)
		} else {
			// A time read that EDTF cannot hold leaves the tie undated, not unproposed.
			cues = append(cues, "no time: "+strings.TrimPrefix(timeCue, "time: ")+" is no date EDTF takes ("+valid+")")
		}
	}
	t.ID = proposalID(t, p.N)
	t.Normalize()
	return Proposal{Tie: t, Paragraph: p.N, Start: s.Start, End: s.End, Quote: strings.TrimSpace(text), Cues: cues, Confidence: confidence,
		Document: d.Name}, true
}

// pairWhen dates a tie no cue states by the time nearest its two names, where the sentence
// names one: "in June 1991, and in April 1992 a coalition cabinet took office under a prime
// minister from the opposition MDR, Dismas Nsengiyaremye" dates his post to 1992, not to
// the "since 1975" of the sentence's opening.
func (rd *Reader) pairWhen(d *Document, s Span, ts []token, a, b mention, valid, timeCue string) (string, string) {
	if valid == "" || a.first < 0 || b.first < 0 || a.end > len(ts) || b.end > len(ts) {
		return valid, timeCue
	}
	first, end := min(a.first, b.first), max(a.end, b.end)
	return rd.when(d.Text[s.Start:s.End], rd.context, ts[first].start-s.Start, ts[end-1].end-s.Start)
}

// untilTime reports whether the time a tie was given is told in a clause after "until"
// that follows its cue: "the German Rolf Steiner, who commanded a Biafran brigade until
// Colonel Ojukwu expelled him in November 1968" (biafra-1967's ¶26) commanded to then,
// not from then on.
func untilTime(text string, cues []string, timeCue string) bool {
	words, ok := strings.CutPrefix(timeCue, "time: ")
	if !ok {
		return false
	}
	words, _, _ = strings.Cut(words, " (")
	lower := strings.ToLower(text)
	for _, c := range cues {
		cue, ok := strings.CutPrefix(c, "cue: ")
		if !ok {
			continue
		}
		at := strings.Index(lower, strings.ToLower(cue))
		if at < 0 {
			continue
		}
		u := strings.Index(lower[at:], " until ")
		t := strings.Index(text[at:], words)
		if u < 0 || t < 0 || t < u {
			continue
		}
		return !strings.ContainsAny(text[at+u:at+t], ";:()") && !strings.Contains(text[at:at+u], ",")
	}
	return false
}
