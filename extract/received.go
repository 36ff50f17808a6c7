package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// Help received: named by its giver's word after a verb of receiving or having.

// receivedHelp reads "the YPG has received American air support since 2014": help named
// by its giver's word after a verb of receiving is the giver's to the verb's subject, the
// name right before the verb.
func (rd *Reader) receivedHelp(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for i := 1; i < len(ms); i++ {
		m, subj := ms[i], ms[i-1]
		if m.first == subj.end && ts[subj.end-1].possessive && m.end-m.first == 1 && rd.stateDemonym(ts[m.first].word) && helpNounAt(ts, m.end) >= 0 &&
			helpMen[ts[helpNounAt(ts, m.end)].word] {
			// "the FNLA's Chinese advisers": the men of help a possessive has are their giver's help to it.
			h := helpNounAt(ts, m.end)
			c := cueSpan{cue: cue{words: []string{ts[h].word}, kind: alliances.Support, text: "'s ... " + ts[h].word}, first: h, end: h + 1}
			st := statement{c: c, ms: ms, li: i, ri: i - 1, spans: spans, why: []string{"cue: 's ... " + ts[h].word, "the giver's word before the help"},
				pairs: [][2]*mention{{&ms[i], &ms[i-1]}}}
			out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
			continue
		}
		k := m.first - 1 // the verb, past a word or two that grade the help ("its first", "considerable")
		for k > subj.end && m.first-k <= 2 && !receiving[ts[k].word] && !having[ts[k].word] && !ts[k].upper && len(rd.byFirst[ts[k].word]) == 0 {
			k--
		}
		if k < subj.end || !receiving[ts[k].word] && !having[ts[k].word] || !rd.auxiliaries(ts, subj.end, k) ||
			slices.ContainsFunc(ts[k+1:m.first+1], func(t token) bool { return t.word == "and" || t.word == "or" || strings.ContainsAny(t.pre, ",;:()") }) {
			continue // not "received money, and Pakistan sent"
		}
		h := m.end // the help, past a word or two that say its kind ("air", "military")
		for h < len(ts) && h-m.end < 2 && !receivedNouns[ts[h].word] && !helpMen[ts[h].word] && !ts[h].upper {
			h++
		}
		// "the FNLA had Chinese instructors in its camps": men of help one has, too.
		if h >= len(ts) || !receivedNouns[ts[h].word] && !helpMen[ts[h].word] || having[ts[k].word] && !helpMen[ts[h].word] ||
			strings.ContainsAny(ts[h].pre+ts[m.end].pre, ",;:()") {
			continue
		}
		c := cueSpan{cue: cue{words: []string{ts[h].word}, kind: alliances.Support, text: ts[k].word + " ... " + ts[h].word}, first: h, end: h + 1}
		st := statement{c: c, ms: ms, li: i, ri: i - 1, spans: spans, why: []string{"cue: " + ts[k].word + " ... " + ts[h].word, "the giver's word before the help"},
			pairs: [][2]*mention{{&ms[i], &ms[i-1]}}}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}

// receiving are the verbs of receiving help.
var receiving = map[string]bool{"received": true, "receives": true, "receiving": true, "receive": true, "enjoyed": true,
	"enjoys": true, "enjoying": true, "obtained": true, "got": true, "gets": true, "accepted": true, "took": true, "taken": true, "takes": true}

// having are the verbs of having men of help: "had Chinese instructors".
var having = map[string]bool{"had": true, "has": true, "have": true, "having": true}

// receivedNouns are the nouns of help received that its giver's word qualifies.
var receivedNouns = map[string]bool{"help": true, "support": true, "backing": true, "assistance": true, "aid": true,
	"weapons": true, "arms": true, "training": true, "funding": true, "money": true, "equipment": true, "supplies": true}
