package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// A body's officer or part named after it in the phrase that made it: "turned itself into
// an Interim Government, with Sisiku Julius Ayuk Tabe as its president", "built its own
// armed wing, the Ambazonia Defence Forces".

// ownPosts proposes the membership of a person named after "with" and before "as its"
// and a post, in the body named last before "with" ("an Interim Government, with Ayuk
// Tabe as its president": its leader, where the post heads it), and of a body named in
// apposition after "its own" and a noun of a part ("its own armed wing, the ADF"), in
// the sentence's subject.
func (rd *Reader) ownPosts(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	var out []Proposal
	propose := func(t alliances.Tie, why string) {
		if prop, ok := rd.finish(d, p, s, t, []string{why}, valid, timeCue, 0.7); ok {
			out = append(out, prop)
		}
	}
	for i, m := range ms {
		// "with Sisiku Julius Ayuk Tabe as its president"
		// "The Congo became independent, with Joseph Kasavubu as President and Lumumba
		// as Prime Minister": a state's post, written without "its", of the state.
		if k := m.first; k > 0 && (ts[k-1].word == "with" || ts[k-1].word == "and" && withAsBefore(ts, k-1)) && rd.kinds[m.id] == "individual" && m.end+2 < len(ts) && ts[m.end].word == "as" &&
			(ts[m.end+1].word == "its" || ts[m.end+1].word == "their" || ts[m.end+1].upper) {
			at := m.end + 2 // the post's first word
			if ts[m.end+1].upper {
				at--
			}
			n := rd.titleAt(ts, at)
			if n == 0 || at == m.end+1 && !slices.ContainsFunc([]int{1, 2, 3}, func(w int) bool { return at+w <= len(ts) && rd.statePost(ts[at:at+w]) }) {
				continue
			}
			// The body named last before "with", past individuals and the states or
			// bodies that qualify them after "of" ("President Chadli Bendjedid of
			// Algeria"); none where that is a relative clause's subject ("the Provisional
			// Democratic Government that the KKE proclaimed ..., with Markos as its
			// premier": the government's, unnamed).
			body := -1
			for j := i - 1; j >= 0 && ms[j].first >= 0; j-- {
				f := ms[j].first
				if ms[j].end >= k || rd.kinds[ms[j].id] == "individual" || f > 0 && ts[f-1].word == "of" {
					continue
				}
				if f > 0 && ts[f-1].word == "the" {
					f--
				}
				if f == 0 || !relativeWords[ts[f-1].word] && ts[f-1].word != "whom" {
					body = j
				}
				break
			}
			// The body made in the clause ("turned itself into an Interim Government,
			// with", "set up the People's Republic, with") or its subject, the phrase an
			// aside on it ("An Arab League committee ..., with Lakhdar Brahimi as its
			// envoy, obtained"); not one fought ("Vietnam fought the Khmer Rouge, with Hun
			// Sen as its commander").
			if body < 0 || body != subject(ts, ms) && !madeBefore(ts, ms[body].first) || at == m.end+1 && rd.kinds[ms[body].id] != "state" {
				continue
			}
			post := strings.Join(wordsOf(ts, m.end+1, at+n), " ")
			t := alliances.Tie{Subject: m.id, Object: ms[body].id, Kind: alliances.Membership, Role: alliances.Member, Status: alliances.Reported}
			if leadingPost(post) {
				t.Role = alliances.Leader
			}
			propose(t, "post: "+post+", with the name before \"as\"")
		}
		// "General Mark W. Clark, Commander in Chief, United Nations Command,": a post,
		// then its body, each set off by commas, as a letter's signature names them.
		if k := m.end; rd.kinds[m.id] == "individual" && k+2 < len(ts) && strings.TrimSpace(ts[k].pre) == "," {
			if ts[k].word == "jr" && k+1 < len(ts) {
				k++ // "William K. Harrison, Jr., senior delegate"
			}
			e := k
			for e < len(ts) && e-k < 5 && !strings.Contains(ts[e].pre, ",") || e == k {
				e++
			}
			if only, n, of := rd.title(ts, k, e); only && n > 0 && !of && e < len(ts) && strings.TrimSpace(ts[e].pre) == "," {
				if b := slices.IndexFunc(ms, func(o mention) bool { return o.first == e || o.first == e+1 && ts[e].word == "the" }); b >= 0 &&
					rd.kinds[ms[b].id] != "individual" && (ms[b].end >= len(ts) || strings.ContainsAny(ts[ms[b].end].pre, ",;.")) {
					post := strings.Join(wordsOf(ts, k, e), " ")
					t := alliances.Tie{Subject: m.id, Object: ms[b].id, Kind: alliances.Membership, Role: alliances.Member, Status: alliances.Reported}
					if leadingPost("the " + post) {
						t.Role = alliances.Leader
					}
					propose(t, "post: "+post+", then its body, set off by commas")
				}
			}
		}
		// "built its own armed wing, the Ambazonia Defence Forces"
		if k := m.first; k >= 4 && rd.kinds[m.id] != "individual" && rd.kinds[m.id] != "state" {
			j := k - 1
			if ts[j].word == "the" {
				j--
			}
			if j < 2 || strings.TrimSpace(ts[j+1].pre) != "," || !ownParts[ts[j].word] {
				continue
			}
			e := j - 1
			for e > 0 && !strings.ContainsAny(ts[e+1].pre, ",;:()") && ts[e].word != "own" && e > j-3 {
				e--
			}
			own := ts[e].word == "own" && e >= 1 && (ts[e-1].word == "its" || ts[e-1].word == "their")
			if !own && !itsPart(ts, j) {
				continue
			}
			subj := subject(ts, ms)
			if !own {
				// "the RN and its armed wing, the FARN": the name right before, joined by
				// "and"; else the subject, in its clause ("the ANC formed its armed wing",
				// not "the Iranians gathered ... the Supreme Council ..., and the
				// Revolutionary Guards trained its armed wing, the Badr brigade").
				at := -1
				for x := j - 1; x >= 0; x-- {
					if ts[x].word == "its" || ts[x].word == "their" {
						at = x
						break
					}
				}
				near := -1
				for x := range ms {
					if ms[x].first >= 0 && ms[x].end <= at {
						near = x
					}
				}
				switch {
				case near >= 0 && at >= 1 && ts[at-1].word == "and" && ms[near].end == at-1:
					subj = near // "the RN and its armed wing"
				case subj < 0 || ms[subj].end > at || slices.ContainsFunc(ts[ms[subj].end:at+1], func(t token) bool {
					return t.word == "and" && strings.Contains(t.pre, ",") || strings.Contains(t.pre, ";")
				}):
					continue // another clause's "its"
				}
			}
			if subj < 0 || ms[subj].first < 0 || ms[subj].first >= k || ms[subj].id == m.id || rd.kinds[ms[subj].id] == "individual" {
				continue
			}
			t := alliances.Tie{Subject: m.id, Object: ms[subj].id, Kind: alliances.Membership, Role: alliances.Member, Status: alliances.Reported}
			its := "its "
			if own {
				its = "its own "
			}
			propose(t, "apposed: "+its+ts[j].word+", named after it")
		}
	}
	return out
}

// itsPart reports whether the noun of a part at token j follows "its" or "their" and the
// words that say what part it is: "its armed wing", "their youth wing" (but "its army"
// needs "its own").
func itsPart(ts []token, j int) bool {
	if !appositionNouns[ts[j].word] {
		return false
	}
	k := j - 1
	if k >= 0 && (wingAdjectives[ts[k].word] || ts[k].word == "armed" || ts[k].word == "military" || ts[k].word == "political") {
		k--
	}
	return k >= 0 && (ts[k].word == "its" || ts[k].word == "their") && !strings.ContainsAny(ts[k+1].pre+ts[j].pre, ",;:()")
}

// ownParts are the nouns of a body's part that "its own" may name: "its own armed wing".
var ownParts = map[string]bool{"wing": true, "army": true, "militia": true, "force": true, "forces": true, "brigade": true,
	"faction": true, "branch": true, "party": true, "guard": true}

// madeBefore reports whether a verb of making a body stands in the few words before token
// k: "turned itself into an Interim Government", "set up the People's Republic".
func madeBefore(ts []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if bodyMaking[ts[j].word] {
			return true
		}
		if strings.ContainsAny(ts[j+1].pre, ",;:()") {
			return false
		}
	}
	return false
}

// bodyMaking are the verbs of making, proclaiming or turning into a body.
var bodyMaking = map[string]bool{"into": true, "formed": true, "founded": true, "created": true, "established": true, "set": true,
	"proclaimed": true, "declared": true, "launched": true, "organised": true, "organized": true, "built": true, "became": true,
	"installed": true, "constituted": true}

// ownersBody reports whether the object of a cue of membership at ms[ri] is a person who
// owns the body named right after: "the armed wing of Ebenezer Akwanga's African People's
// Liberation Movement" is the movement's wing, not the man's.
func (rd *Reader) ownersBody(ts []token, ms []mention, ri int, c cueSpan) bool {
	return ri+1 < len(ms) && c.cue.kind == alliances.Membership && !c.cue.passive && rd.kinds[ms[ri].id] == "individual" &&
		possessorOf(ts, ms[ri], ms[ri+1]) && rd.kinds[ms[ri+1].id] != "individual" && rd.kinds[ms[ri+1].id] != "state"
}

// withAsBefore reports whether the clause before token k, an "and", gives a post "with"
// a name "as" it: "with Joseph Kasavubu as President and".
func withAsBefore(ts []token, k int) bool {
	for j := k - 1; j > 0 && k-j <= 8; j-- {
		if strings.ContainsAny(ts[j+1].pre, ",;:()") {
			return false
		}
		if ts[j].word == "as" {
			return slices.ContainsFunc(ts[max(j-5, 0):j], func(t token) bool { return t.word == "with" })
		}
	}
	return false
}

// titledHolder returns the individual named in apposition after the organization ms[ri]
// and a post of it, whom a verb before them acts on ("killed the federal police chief,
// Alberto Villar": Villar, not the police); else ri. Not after a possessive ("sided with
// Sudan's president, Omar al-Bashir"), which postHolder reads where it may.
func (rd *Reader) titledHolder(ts []token, ms []mention, ri int) int {
	if ri < 0 || ri+1 >= len(ms) || rd.kinds[ms[ri].id] == "individual" || rd.kinds[ms[ri+1].id] != "individual" {
		return ri
	}
	a, b := ms[ri], ms[ri+1]
	if ts[a.end-1].possessive || b.first <= a.end || b.first-a.end > 6 {
		return ri
	}
	// The comma between the post and its holder, a title of his after it: "the Army Chief
	// of Staff, Gen Rivera Cuesta".
	comma := slices.IndexFunc(ts[a.end+1:b.first+1], func(t token) bool { return strings.TrimSpace(t.pre) == "," }) + a.end + 1
	if comma <= a.end || slices.ContainsFunc(ts[a.end:b.first+1], func(t token) bool {
		return strings.ContainsAny(t.pre, ";:()") || strings.Contains(t.pre, ",") && t.start != ts[comma].start || holderBreaks[t.word]
	}) {
		return ri // "backed by the House of Representatives in Tobruk and its Speaker, Aguila Saleh": another of the list
	}
	if only, n, _ := rd.title(ts, a.end, comma); only && n > 0 {
		if after, _, _ := rd.title(ts, comma, b.first); after {
			return ri + 1
		}
	}
	return ri
}

// holderBreaks are the words that part a body from a post after it: the next item of a
// list, a place, another's possessive.
var holderBreaks = map[string]bool{"and": true, "or": true, "in": true, "at": true, "its": true, "their": true, "his": true, "her": true}

// personsBody reports whether n, no individual, is named right after m's possessive, m an
// individual: "Masoud Barzani's KDP", the body a verb before them acts on.
func (rd *Reader) personsBody(ts []token, m, n mention) bool {
	return possessorOf(ts, m, n) && rd.kinds[m.id] == "individual" && rd.kinds[n.id] != "individual"
}
