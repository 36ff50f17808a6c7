package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// deployedIn reads the men a passive deploys in a state: "several hundred Russian
// mercenaries from the Wagner Group were deployed in Mali, as well as soldiers from the
// Russian regular army". The names before the verb in its clause, and those after "as
// well as" behind the state, are the sides whose men they are, and support the state with
// troops. "In Mali" is a place for the other readings, which find no tie here.
func (rd *Reader) deployedIn(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	var out []Proposal
	for k := 1; k+2 < len(ts); k++ {
		if !deployWords[ts[k].word] || ts[k+1].word != "in" && ts[k+1].word != "to" {
			continue
		}
		// "the German Patriots stationed in Turkey": the men right before the participle.
		reduced := !beWords[ts[k-1].word]
		if reduced && !slices.ContainsFunc(ms, func(m mention) bool { return m.end == k || m.end == k-1 && !strings.ContainsAny(ts[k].pre, ",;:") }) {
			continue
		}
		at := k + 2
		if ts[at].word == "the" {
			at++
		}
		// "In Mali" is a place to the mentions: the state is found by its name here.
		id, n := rd.nameIDAt(ts, at)
		if id == "" || rd.kinds[id] != "state" || rd.negated(ts, k) {
			continue
		}
		state, from := mention{id: id, first: at, end: at + n}, clauseStart(ts, k-1)
		if reduced {
			from = k // only the men the participle follows
		}
		var sides []mention
		for _, m := range ms {
			if m.first >= from && m.end < k || reduced && (m.end == k || m.end == k-1) {
				sides = append(sides, m)
			}
		}
		// ", as well as soldiers from the Russian regular army": more men, deployed too.
		if e := state.end; e+3 < len(ts) && strings.Contains(ts[e].pre, ",") && matchAt(ts, e, []string{"as", "well", "as"}) {
			for _, m := range ms {
				if m.first > e+2 && !slices.ContainsFunc(ts[e+3:m.first], func(t token) bool { return strings.ContainsAny(t.pre, ",;:") }) {
					sides = append(sides, m)
				}
			}
		}
		for _, m := range sides {
			if m.id == state.id || rd.kinds[m.id] == "individual" {
				continue
			}
			t := alliances.Tie{Subject: m.id, Object: state.id, Kind: alliances.Support, Forms: []alliances.Form{"troops"}, Status: alliances.Reported}
			why := []string{"cue: " + strings.Join(wordsOf(ts, k-1, k+2), " ") + ": the men's side supports the state they are deployed in"}
			if !reduced {
				why = append(why, "start: "+ts[k].word) // "were deployed in Mali in January 2022": there from then on
			}
			if prop, ok := rd.finish(d, p, s, t, why, valid, timeCue, 0.6); ok {
				out = append(out, prop)
			}
		}
	}
	return out
}

// nameIDAt returns the actor whose name opens at token j, the longest, and its length in
// tokens ("@previous" and the like for the words that stand for another); "" where none
// does.
func (rd *Reader) nameIDAt(ts []token, j int) (string, int) {
	for n := min(rd.longest, len(ts)-j); n > 0; n-- {
		words := make([]string, n)
		for k := range n {
			words[k] = spelling(ts[j+k].word)
		}
		if id, ok := rd.names[strings.Join(words, " ")]; ok {
			return id, n
		}
		if id, ok := rd.acronyms[ts[j].word]; ok && n == 1 && ts[j].caps {
			return id, 1 // "an EU mission", as the mentions read it
		}
	}
	return "", 0
}

// deployWords are the participles of men sent to stay: "were deployed in Mali".
var deployWords = map[string]bool{"deployed": true, "redeployed": true, "stationed": true}

// beWords are the forms of "be" before a passive's participle.
var beWords = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true}

// contingents proposes the membership in a multinational force of the states whose troops
// make it up: "a Multinational Force of American, French and Italian troops", "SAMIDRC, a
// force made up mainly of South African, Tanzanian and Malawian troops", "the Ugandan
// troops in the EACRF", "the French paratroopers of the Multinational Force". The state is
// named by its demonym or name before the men, the force is an international organization
// or a coalition. So are the states listed after a force's men and "drawn from" or "from"
// ("AFISMA's troops, drawn from Nigeria, Niger and Togo").
func (rd *Reader) contingents(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	force := func(m mention) bool { return rd.force(m.id) }
	var out []Proposal
	propose := func(state, of mention, why string) {
		t := alliances.Tie{Subject: state.id, Object: of.id, Kind: alliances.Membership, Role: alliances.Member, Status: alliances.Reported}
		if prop, ok := rd.finish(d, p, s, t, []string{"contingent: " + why}, valid, timeCue, 0.6); ok {
			out = append(out, prop)
		}
	}
	for i, m := range ms {
		men := m.end // the men's noun, after the state's name or the last of its alias ("Ugandan troops")
		if men < len(ts) && !troopNouns[ts[men].word] {
			men = m.end - 1
		}
		if rd.kinds[m.id] != "state" || men >= len(ts) || !troopNouns[ts[men].word] || rd.negated(ts, m.first) ||
			slices.ContainsFunc(ts[men:min(men+6, len(ts))], func(t token) bool { return t.word == "not" || t.word == "never" || t.word == "no" }) {
			continue // "Russian peacekeepers of the CSTO were never deployed"
		}
		// "the Ugandan troops in the EACRF": the force the men are in, right after them.
		if k := men + 1; i+1 < len(ms) && k+1 < len(ts) && (ts[k].word == "in" || ts[k].word == "of") && !strings.ContainsAny(ts[k].pre+ts[k+1].pre, ",;:()") {
			if f := ms[i+1]; force(f) && named(ts, f) && (f.first == k+1 || f.first == k+2 && ts[k+1].word == "the") && (f.end >= len(ts) || ts[f.end].upper || !nounLike(ts[f.end])) {
				propose(m, f, "the state's "+ts[men].word+" "+ts[k].word+" the force")
			}
		}
		// "a force made up mainly of South African, Tanzanian and Malawian troops": the
		// list of states before the men, and before it the force they make up, the last
		// organization named before the list ("SAMIDRC, deployed from December 2023 in
		// support of the FARDC, is made up mainly of ..."; "the EACRF deployed from
		// November 2022, led by a Kenyan contingent and including Ugandan ... troops").
		list := group(ts, ms, i, -1)
		first := list[len(list)-1]
		if slices.ContainsFunc(list, func(m *mention) bool { return rd.kinds[m.id] != "state" }) || !composedBefore(ts, first.first) {
			continue
		}
		for j := i - len(list); j >= 0; j-- {
			f := ms[j]
			if slices.ContainsFunc(ts[f.end:first.first], func(t token) bool { return strings.ContainsAny(t.pre, ";:") }) {
				break
			}
			if !named(ts, f) || rd.kinds[f.id] == "state" {
				continue // "a force", a force's alias, is no name; "in support of the FARDC"
			}
			if force(f) {
				for _, st := range list {
					propose(*st, f, "the "+ts[men].word+" of the states listed make up the force")
				}
			}
			break
		}
	}
	// "AFISMA's troops, drawn from Nigeria, Niger and Togo", "UNAMSIL's troops from
	// India and Jordan": the states listed after the force's men. So after the force's
	// name and the men it is of ("a South Pacific Peacekeeping Force of troops from Fiji,
	// Tonga and Vanuatu"; "the Truce Monitoring Group, made up of unarmed soldiers and
	// civilians from New Zealand, Australia, Fiji and Vanuatu"; "Its troops come from
	// Nigeria, Niger, Chad, Cameroon and Benin").
	for j, m := range ms {
		if rd.kinds[m.id] != "state" {
			continue
		}
		at := menFrom(ts, m.first)
		if at < 0 {
			continue
		}
		f := rd.forceBefore(ts, ms, j, at)
		if f == nil {
			continue
		}
		list := group(ts, ms, j, +1)
		if slices.ContainsFunc(list, func(m *mention) bool { return rd.kinds[m.id] != "state" }) {
			continue
		}
		for _, st := range list {
			propose(*st, *f, "the force's men from the states listed")
		}
	}
	for _, f := range ms {
		k := f.end
		if f.first < 0 || !force(f) || k+2 >= len(ts) || !ts[k-1].possessive || !troopNouns[ts[k].word] {
			continue
		}
		k++
		switch {
		case ts[k].word == "drawn" && ts[k+1].word == "from":
			k += 2
		case ts[k].word == "drawn" && k+2 < len(ts) && shareAdverbs[ts[k+1].word] && ts[k+2].word == "from":
			k += 3
		case ts[k].word == "from" && !strings.ContainsAny(ts[k].pre, ",;:()"):
			k++
		default:
			continue
		}
		j := mentionFrom(ts, ms, k)
		if j < 0 {
			continue
		}
		list := group(ts, ms, j, +1)
		if slices.ContainsFunc(list, func(m *mention) bool { return rd.kinds[m.id] != "state" }) {
			continue
		}
		for _, st := range list {
			propose(*st, f, "the force's "+ts[f.end].word+" drawn from the states listed")
		}
	}
	return out
}

// named reports whether a mention is written as a name, a word of it in capitals, not a
// description a case made its alias ("the force").
func named(ts []token, m mention) bool {
	return slices.ContainsFunc(ts[m.first:m.end], func(t token) bool { return t.upper })
}

// composedBefore reports whether the words before token at tell what a force is made of:
// "made up mainly of", "including", "drawn from", "led by a".
func composedBefore(ts []token, at int) bool {
	k := at - 1
	if k > 0 && indefinite(ts[k].word) {
		k-- // "led by a Kenyan contingent"
	}
	if k < 1 || strings.ContainsAny(ts[k+1].pre, ",;:()") {
		return false
	}
	switch ts[k].word {
	case "comprising", "including":
		return true
	case "of": // "made up mainly of", "a force of", not "the release of", "thousands of"
		j := k - 1
		if j > 0 && (ts[j].word == "mainly" || ts[j].word == "mostly" || ts[j].word == "largely" || ts[j].word == "chiefly" || ts[j].word == "entirely") {
			j--
		}
		return forceOf[ts[j].word] || ts[j].word == "up" && j > 0 && ts[j-1].word == "made"
	case "from":
		return ts[k-1].word == "drawn"
	case "by":
		return ts[k-1].word == "led"
	}
	return false
}

// forceOf are the words before "of" and the states whose men make up a force: "a force
// of", "composed of".
var forceOf = map[string]bool{"force": true, "forces": true, "mission": true, "contingent": true, "brigade": true, "coalition": true,
	"composed": true, "consisting": true, "comprised": true, "consists": true, "consisted": true}

// troopNouns are the men a state sends to a force.
var troopNouns = map[string]bool{"troops": true, "soldiers": true, "contingent": true, "contingents": true, "paratroopers": true, "peacekeepers": true,
	"personnel": true, "units": true, "battalions": true, "marines": true}

// nounLike reports whether a word after a name in small letters makes the name its
// qualifier: "the OSCE zone", "the EACRF's base" ("fought", "in" and the like do not).
func nounLike(t token) bool {
	w := t.word
	if strings.ContainsAny(t.pre, ",;:()") || len(w) < 3 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || auxiliaries[w] || pastVerbs[w] {
		return false
	}
	switch w {
	case "in", "on", "at", "of", "for", "to", "from", "with", "and", "but", "or", "that", "which", "who", "since", "until", "after", "before", "when", "as", "into", "near", "the":
		return false
	}
	return true
}

// forceBefore returns the force whose men open at token at, before the list of states
// that opens at ms[j]: the force named last before them, or, after "its" or "their", the
// sentence before's subject where it is a force ("Its troops come from"); nil where none,
// or past a stop, or past a force no mention names ("the Security Council authorised
// INTERFET, and the Australian-led force landed, with troops from"): the men are no longer
// the force's.
func (rd *Reader) forceBefore(ts []token, ms []mention, j, at int) *mention {
	var f *mention
	for k := j - 1; k >= 0; k-- {
		if ms[k].end <= at && rd.force(ms[k].id) {
			f = &ms[k]
			break
		}
	}
	if f == nil && at > 0 && (ts[at-1].word == "its" || ts[at-1].word == "their") && rd.force(rd.said) {
		return &mention{id: rd.said, first: -1, end: -1}
	}
	if f == nil || slices.ContainsFunc(ts[f.end:at], func(t token) bool {
		return strings.ContainsAny(t.pre, ";:") || t.word == "force" || t.word == "mission" || t.word == "operation"
	}) {
		return nil
	}
	return f
}

// menFrom returns where the men of a force open before the list of states at token at,
// after "from": "a ... Force of troops from", "made up of unarmed soldiers and civilians
// from", "with smaller contingents from", "Its troops come from"; -1 where none. The men
// follow "of", "with", "its" or "their".
func menFrom(ts []token, at int) int {
	k := at - 1
	if k < 2 || ts[k].word != "from" || strings.ContainsAny(ts[at].pre, ",;:()") {
		return -1
	}
	k--
	if ts[k].word == "come" || ts[k].word == "came" || ts[k].word == "drawn" {
		k--
	}
	men := false
	for ; k >= 0 && at-k <= 8; k-- {
		w := ts[k].word
		switch {
		case ts[k].upper && k > 0 || strings.ContainsAny(ts[k+1].pre, ",;:()"):
			return -1
		case troopNouns[w] || forceMen[w]:
			men = true
		case w == "and" || w == "smaller" || w == "larger" || w == "unarmed" || w == "armed" || w == "national" || numeric(w):
		case men && (w == "of" || w == "with" || w == "its" || w == "their"):
			return k + 1
		default:
			return -1
		}
	}
	return -1
}

// forceMen are the people besides soldiers a mission is made of: "unarmed soldiers and
// civilians from".
var forceMen = map[string]bool{"civilians": true, "monitors": true, "observers": true, "police": true, "officers": true, "policemen": true,
	"gendarmes": true, "instructors": true}

// forceOfMen returns the force whose men come from the states of list (a list of
// mentions, a verb's subjects), where "from" and the men open it: "a Force of troops from
// Fiji, Tonga and Vanuatu"; nil where none.
func (rd *Reader) forceOfMen(ts []token, ms []mention, list []*mention) *mention {
	first := -1
	for _, m := range list {
		if rd.kinds[m.id] != "state" || m.first < 0 {
			return nil
		}
		if first < 0 || m.first < ms[first].first {
			first = slices.IndexFunc(ms, func(o mention) bool { return o.first == m.first && o.id == m.id })
		}
	}
	if first < 0 {
		return nil
	}
	at := menFrom(ts, ms[first].first)
	if at < 0 {
		return nil
	}
	return rd.forceBefore(ts, ms, first, at)
}

// force reports whether an actor may be a multinational force: an international
// organization or a coalition.
func (rd *Reader) force(id string) bool {
	k := rd.kinds[id]
	return k == "international-organization" || k == "coalition"
}
