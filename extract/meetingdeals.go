package extract

import (
	"strings"

	"github.com/alliances-project/alliances"
)

// meetingDeals reads a deal a meeting between two produced as the two's agreement:
// "Talks in Lusaka between the government and UNITA, chaired by the UN's special
// representative, yielded the Lusaka Protocol", "A handshake between dos Santos and
// Savimbi, staged by Mobutu, produced a ceasefire". The meeting opens the sentence's
// subject (the rules' meetings, then "between" and the two); the verb of producing has a
// deal's noun after it. Where the first is one with many ("talks between the government
// and the FNLA and UNITA"), it makes the deal with each.
func (rd *Reader) meetingDeals(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for k := 1; k < len(ts); k++ {
		if !producedDeal(ts, k) {
			continue
		}
		deal := dealAfter(ts, k)
		if deal < 0 || modalBefore(ts, k) {
			continue // "produced a deadlock over the ceasefire", "could have produced a ceasefire"
		}
		for j := 0; j < k && !strings.ContainsAny(ts[j].pre, ";:"); j++ {
			if !rd.meetingAt(ts, j) {
				continue
			}
			sides := betweenSides(ts, ms, j, k)
			// The meeting's phrase runs to the verb, or to an aside set off by commas
			// before it ("..., staged by Mobutu before some twenty leaders, produced").
			if len(sides) < 2 || !strings.Contains(ts[k].pre, ",") && !subjectOfPassive(ts, ms, sides[len(sides)-1].end, k) {
				break
			}
			c := cueSpan{cue: cue{words: []string{ts[deal].word}, kind: alliances.Agreement, text: ts[deal].word}, first: deal, end: deal + 1}
			st := statement{c: c, ms: ms, li: -1, ri: -1, spans: spans, why: []string{"cue: " + ts[k].word + " " + ts[deal].word, "the deal of a meeting between the two", "between"}}
			for _, o := range sides[1:] {
				st.pairs = append(st.pairs, [2]*mention{sides[0], o})
			}
			out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
			break
		}
	}
	return out
}

// dealBetween returns the two of the deal a verb of producing after token k names with
// "between": "..., produced an agreement between the government and the RUF".
func dealBetween(ts []token, ms []mention, k int) []*mention {
	for v := k + 1; v < len(ts) && !strings.ContainsAny(ts[v].pre, ";:"); v++ {
		if !producedDeal(ts, v) {
			continue
		}
		if n := dealAfter(ts, v); n >= 0 {
			if sides := betweenSides(ts, ms, n, len(ts)); len(sides) >= 2 {
				return sides
			}
			return dealSigners(ts, ms, n)
		}
		return nil
	}
	return nil
}

// dealAfter returns the token of the deal's noun that heads the object of the verb at k
// ("produced a ceasefire", "yielded the Lusaka Protocol"), within five words and past no
// preposition ("produced a deadlock over the ceasefire"); or -1.
func dealAfter(ts []token, k int) int {
	for n := k + 1; n < len(ts) && n <= k+5 && !strings.ContainsAny(ts[n].pre, ",;:"); n++ {
		if dealNouns[ts[n].word] {
			return n
		}
		if notQualifiers[ts[n].word] || ts[n].word == "over" || ts[n].word == "about" {
			return -1
		}
	}
	return -1
}

// modalBefore reports whether a modal stands among the three words before the verb at
// k: "could have produced", "might yield".
func modalBefore(ts []token, k int) bool {
	for j := max(k-3, 0); j < k; j++ {
		if modals[ts[j].word] {
			return true
		}
	}
	return false
}

// modals are the verbs of what may be, not what is.
var modals = map[string]bool{"could": true, "would": true, "might": true, "may": true, "should": true, "can": true}

// producedDeal reports whether token k is a verb of producing a deal: "yielded",
// "produced", "led to", "resulted in".
func producedDeal(ts []token, k int) bool {
	switch ts[k].word {
	case "yielded", "produced", "yield", "produce":
		return true
	case "led":
		return k+1 < len(ts) && ts[k+1].word == "to"
	case "resulted":
		return k+1 < len(ts) && ts[k+1].word == "in"
	}
	return false
}

// dealNouns are the nouns of a deal a meeting produces.
var dealNouns = map[string]bool{"agreement": true, "agreements": true, "accord": true, "accords": true, "protocol": true,
	"ceasefire": true, "truce": true, "deal": true, "memorandum": true, "armistice": true, "treaty": true, "pact": true}

// dealOf reports whether the name at token i follows a deal's or a congress's noun and
// "of", which make it the place of the deal: "the Treaty of London", "the Peace of
// Paris", "the Congress of Berlin".
func dealOf(ts []token, i int) bool {
	return i >= 2 && ts[i-1].word == "of" && strings.TrimSpace(ts[i-1].pre) == "" && strings.TrimSpace(ts[i].pre) == "" &&
		(dealNouns[ts[i-2].word] || ts[i-2].upper && (ts[i-2].word == "peace" || ts[i-2].word == "congress" || ts[i-2].word == "conference"))
}

// dealSigners returns those a relative clause right after the deal's noun at token n
// says signed it: "an agreement which the government and the Platform signed".
func dealSigners(ts []token, ms []mention, n int) []*mention {
	if n+2 >= len(ts) || ts[n+1].word != "which" && ts[n+1].word != "that" {
		return nil
	}
	i := mentionFrom(ts, ms, n+2)
	if i < 0 {
		return nil
	}
	g := group(ts, ms, i, +1)
	if e := g[len(g)-1].end; len(g) < 2 || e >= len(ts) || !signVerbs[ts[e].word] {
		return nil
	}
	return g
}

// dealNames are the nouns that end a deal's name and name a deal all the same where it is
// signed: "signed the Indo-Sri Lankan Accord with Jayewardene".
var dealNames = map[string]bool{"accord": true, "accords": true, "agreement": true, "treaty": true, "pact": true}

// signedName reports whether the word at i ends the name of a deal its parties' names
// make, right after a verb of signing it and before the other party: "signed the
// Indo-Sri Lankan Accord with Jayewardene" (not "the Madrid Accords", a place's).
func (rd *Reader) signedName(ts []token, i int) bool {
	if !dealNames[ts[i].word] || i+1 >= len(ts) || ts[i+1].word != "with" {
		return false
	}
	k, parties := i-1, false
	for k > 0 && ts[k].upper && !strings.ContainsAny(ts[k+1].pre, ",;:()") {
		parties = parties || rd.combining[ts[k].word] != "" && strings.TrimSpace(ts[k+1].pre) == "-"
		k--
	}
	if ts[k].word == "the" && k > 0 {
		k--
	}
	return parties && signingVerbs[ts[k].word]
}

// signingVerbs are the verbs by which parties make a deal they name.
var signingVerbs = map[string]bool{"signed": true, "signing": true, "signs": true, "concluded": true, "ratified": true}

// dealNamed reports whether the words from token k, up to three, end in a deal's noun: a
// capital before them names where the deal was made ("the Lusaka Ceasefire Agreement").
func dealNamed(ts []token, k int) bool {
	for j := k; j < len(ts) && j < k+3; j++ {
		if strings.ContainsAny(ts[j].pre, ",;:()") {
			return false
		}
		if dealNouns[ts[j].word] {
			return true
		}
		if !ts[j].upper {
			return false
		}
	}
	return false
}
