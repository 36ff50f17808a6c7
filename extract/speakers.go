package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// The speakers of a verbatim record: "Mr. BHUTTO (Pakistan): For eight months India has
// harboured ...". The state in brackets after a speaker's name is the one he speaks for:
// his "we", "us", "our" and "my Government" are that state's, in his turn's paragraphs,
// until the next speaker's label; and he is its member.

// stateLabel opens a speaker's turn that names the state he speaks for: a form of address
// or "The", the name, the state in brackets, an interpreter's note in brackets perhaps,
// and a colon ("Mr. MALIK (Union of Soviet Socialist Republics) (interpretation from
// Russian):").
var stateLabel = regexp.MustCompile(`^\s*(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Madam|Mme|M|The)\.?\s+)?([^():\n]{1,60}?)\s*\(([^()\n]{2,60})\)(?:\s*\([^()\n]*\))?\s*:`)

// plainLabel opens a speaker's turn that names no state: "The PRESIDENT:", "Mr. SPEAKER:",
// "Hon. Members:".
var plainLabel = regexp.MustCompile(`^\s*(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Madam|The|Hon)\.?\s+)?[A-Z][A-Za-z.'’ -]{1,40}:`)

// speakerTurn reads the speaker's label that opens paragraph p, if any: a state's sets
// the state whose "we" the turn's paragraphs say; another's ends the turn before, its
// names no parties. A paragraph with no label goes on with the turn before.
func (rd *Reader) speakerTurn(d *Document, p Paragraph) {
	rd.labelEnd = 0
	text := d.Text[p.Start:p.End]
	rd.interview(text)
	if m := stateLabel.FindStringSubmatchIndex(text); m != nil {
		if state := rd.stateNamed(text[m[4]:m[5]]); state != "" {
			rd.spokenFor, rd.labelEnd = state, p.Start+m[1]
			return
		} // "Hezb-e Islami (Khalis): a breakaway from ...": a list's entry, no speaker
	}
	// Another's label ends the turn, in a record whose labels name states: a glossary's
	// "UNITA: the movement of Jonas Savimbi" elsewhere is no speaker's.
	if m := plainLabel.FindStringIndex(text); m != nil && rd.spokenFor != "" && capsWord(text[:m[1]]) {
		rd.spokenFor, rd.labelEnd = "", p.Start+m[1]
		return
	}
	// A member's or a minister's label in a record of answers ("Mr. Selwyn Lloyd:", "The
	// Prime Minister (Mr. Macmillan):"): the speaker is no party, nor whom "him" stands for.
	if m := honouredLabel.FindStringIndex(text); m != nil {
		rd.spokenFor, rd.labelEnd = "", p.Start+m[1]
	}
}

// honouredLabel opens a turn with a speaker named with an honorific ("Mr. Selwyn Lloyd:"),
// or by a post with the honoured name in brackets ("The Prime Minister (Mr. Macmillan):"),
// not a glossary's "The Haqqani Network: ...".
var honouredLabel = regexp.MustCompile(`^\s*(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+[A-Z][A-Za-z.'’ -]{1,40}|` +
	`The\s+[A-Z][A-Za-z.'’ -]{1,40}\s*\((?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|Earl|Viscount|Baroness|Commander|Captain|Colonel|Major|General|Admiral|Brigadier)\.?\s[^()\n:]{2,40}\))(?:\s*\([^()\n:]{2,40}\))?:\s`)

// capsWord reports whether a label holds a word in capitals, as a verbatim record writes
// its speakers ("The PRESIDENT:"), not a sentence's opening words before a colon.
func capsWord(label string) bool {
	for _, w := range strings.Fields(label) {
		w = strings.Trim(w, ".:,")
		if len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			return true
		}
	}
	return false
}

// stateNamed returns the state a name in a label stands for, or "".
func (rd *Reader) stateNamed(name string) string {
	ts := tokens(name, 0)
	words := wordsOf(ts, 0, len(ts))
	for i, w := range words {
		words[i] = spelling(w)
	}
	key := strings.TrimPrefix(strings.Join(words, " "), "the ")
	if id, ok := rd.names[key]; ok && rd.kinds[id] == "state" {
		return id
	}
	return ""
}

// labelled proposes, in the sentence that opens with a state's speaker label, each
// individual the label names as a member of that state ("Mr. BHUTTO (Pakistan):"), and
// returns the sentence's mentions without the label's: no party of what he says.
func (rd *Reader) labelled(d *Document, p Paragraph, s Span, ts []token, ms []mention) ([]Proposal, []mention) {
	if rd.labelEnd <= s.Start || rd.labelEnd > s.End {
		return nil, ms
	}
	inLabel := func(m mention) bool { return m.first >= 0 && m.first < len(ts) && ts[m.first].start < rd.labelEnd }
	var out []Proposal
	if rd.spokenFor != "" {
		valid, timeCue := rd.when(d.timed(s.Start, s.End), "", -1, -1)
		for _, m := range ms {
			if inLabel(m) && rd.kinds[m.id] == "individual" {
				t := alliances.Tie{Subject: m.id, Object: rd.spokenFor, Kind: alliances.Membership, Role: alliances.Member, Status: alliances.Reported}
				if prop, ok := rd.finish(d, p, s, t, []string{"post: the speaker for the state his label names"}, valid, timeCue, 0.6); ok {
					out = append(out, prop)
				}
			}
		}
	}
	return out, slices.DeleteFunc(ms, inLabel)
}

// firstPersonAt returns the state a speaker's first person at token i stands for, and how
// many tokens it takes: "we", "us", "our", "my Government", "my country", "my
// delegation"; "", 0 where none.
func (rd *Reader) firstPersonAt(ts []token, i int) (string, int) {
	if rd.answering && rd.interviewee != "" && !quotedAt(ts, i) {
		switch ts[i].word {
		case "i", "me", "myself":
			return rd.interviewee, 1 // "A: ... at eighteen I went into the Kenya Regiment": the one the tape's header names
		case "my":
			if i+1 < len(ts) && !kinNouns[ts[i+1].word] {
				return rd.interviewee, 1 // not "My father called him a traitor": the father's act
			}
		}
	}
	if rd.spokenFor == "" && rd.ourSide != "" && !quotedAt(ts, i) {
		for n := 2; n <= 4 && i+n <= len(ts); n++ {
			if _, named := rd.names[spelling(alliances.Fold(strings.Join(wordsOf(ts, i, i+n), " ")))]; named {
				return "", 0 // "our fighters", where the case names an actor so
			}
		}
		switch ts[i].word {
		case "we", "us", "our", "ours", "ourselves":
			return rd.ourSide, 1 // a movement's own pamphlet: "The Soviet Union supplied most of our weapons"
		}
		return "", 0
	}
	if rd.spokenFor == "" || i < len(ts) && rd.labelEnd > 0 && ts[i].start < rd.labelEnd {
		return "", 0
	}
	switch ts[i].word {
	case "we", "us", "our", "ours", "ourselves":
		return rd.spokenFor, 1
	case "my":
		if i+1 < len(ts) && (ts[i+1].word == "government" || ts[i+1].word == "country" || ts[i+1].word == "delegation") {
			return rd.spokenFor, 2
		}
	}
	return "", 0
}

// ownSide returns the organization the sentence names as the text's own: "our movement,
// the South West Africa People's Organisation", "SWAPO, our movement", or "".
func (rd *Reader) ownSide(ts []token, ms []mention) string {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].word != "our" || !selfNouns[ts[i+1].word] || quotedAt(ts, i) {
			continue
		}
		for _, m := range ms {
			k := rd.kinds[m.id]
			if k == "state" || k == "individual" || k == "" {
				continue
			}
			after := i+2 < len(ts) && strings.TrimSpace(ts[i+2].pre) == "," && (m.first == i+2 || m.first == i+3 && ts[i+2].word == "the")
			before := m.end == i && strings.TrimSpace(ts[i].pre) == ","
			if after || before {
				return m.id
			}
		}
	}
	return ""
}

// selfNouns are the nouns of an organization that writes of itself as "our": "our movement".
var selfNouns = map[string]bool{"movement": true, "party": true, "organisation": true, "organization": true, "front": true,
	"union": true, "congress": true, "alliance": true}

// quotedAt reports whether token i stands inside quotation marks the sentence opened:
// another's words, whose "we" is theirs.
func quotedAt(ts []token, i int) bool {
	straight, curly := 0, 0
	for _, t := range ts[:i+1] {
		straight += strings.Count(t.pre, "\"")
		curly += strings.Count(t.pre, "“") - strings.Count(t.pre, "”")
	}
	return straight%2 != 0 || curly > 0
}

// interview reads an oral history's labels: a header line "Interviewee: NAME, ..." names
// whose "I", "me" and "my" an answer's turn ("A: ...") says, until the next header; a
// question ("Q: ...") or a summary ends the answer.
func (rd *Reader) interview(text string) {
	t := strings.TrimSpace(text)
	switch {
	case strings.HasPrefix(t, "Interviewee:"):
		name := strings.TrimSpace(strings.TrimPrefix(t, "Interviewee:"))
		for _, a := range []string{"Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Dr "} {
			name = strings.TrimPrefix(name, a)
		}
		if k := strings.IndexAny(name, ",.;("); k > 0 {
			name = name[:k]
		}
		rd.interviewee, rd.answering = "", false
		for w := strings.Fields(name); len(w) > 0; w = w[1:] { // past an honorific: "Mzee Kariuki wa Gachanja"
			if id, ok := rd.names[spelling(alliances.Fold(strings.Join(w, " ")))]; ok && rd.kinds[id] == "individual" {
				rd.interviewee = id
				break
			}
		}
	case strings.HasPrefix(t, "A:"):
		rd.answering = true
	default:
		rd.answering = false
	}
}

// withoutInterviewers drops the names after "Interviewer:" in an oral history's header:
// who asked, no party, nor one a pronoun in the answers stands for.
func withoutInterviewers(ts []token, ms []mention) []mention {
	k := slices.IndexFunc(ts, func(t token) bool { return t.word == "interviewer" || t.word == "interviewers" })
	if k < 0 || k+1 >= len(ts) || !strings.Contains(ts[k+1].pre, ":") {
		return ms
	}
	return slices.DeleteFunc(ms, func(m mention) bool { return m.first > k })
}

// datelineEnd returns where the dateline that opens a news dispatch ends: a place in
// capitals and a comma, then what else it gives (a country, a date, the agency) up to a
// dash ("KHARTOUM, Sudan —", "PORT SUDAN, May 2025 -", "CAIRO, June 12 (Reuters) -");
// or where a transcript's speaker label ends ("THE CHAIRMAN:", "AMBASSADOR CARWOOD:");
// 0 where the sentence opens with neither.
func datelineEnd(ts []token) int {
	j := 0
	for j < len(ts) && ts[j].caps {
		j++
	}
	if j > 0 && j <= 4 && j < len(ts) && strings.TrimSpace(ts[j].pre) == ":" {
		return j // "AMBASSADOR CARWOOD: We believed ...": a transcript's speaker, no party
	}
	for k := j + 1; j > 0 && j <= 4 && j < len(ts) && strings.Contains(ts[j].pre, "(") && k < min(j+6, len(ts)); k++ {
		if strings.Contains(ts[k].pre, "):") && !expandsLabel(strings.Join(wordsOf(ts, 0, j), " "), tokenInitials(ts, j, k)) {
			return k // "GIRMA (Minneapolis): Hello Meron": a caller and the caller's town
		}
	}
	if j > 1 && j < len(ts) && datelineDash(ts[j].pre) && slices.ContainsFunc(ts[1:j], func(t token) bool { return strings.Contains(t.pre, "(") }) {
		return j // "LONDON (WNS) -- Britain said": the place and the agency's credit
	}
	if j == 0 || j >= len(ts) || !strings.Contains(ts[j].pre, ",") {
		return 0
	}
	for k := j; k < min(j+8, len(ts)); k++ {
		if datelineDash(ts[k].pre) {
			return k // "PORT OF SPAIN, Trinidad (WNS) -- Prime Minister George Chambers said"
		}
	}
	return 0
}

// datelineDash reports whether the words between two tokens hold the dash that ends a
// dateline: "—", "–", " - ", or a typewriter's "--".
func datelineDash(p string) bool {
	return strings.ContainsAny(p, "—–") || strings.Contains(p, " - ") || strings.HasSuffix(p, " -") || strings.Contains(p, "--")
}

// tokenInitials returns the capitals that open the words of tokens [from, to) written
// with one, in order: what expandsLabel reads.
func tokenInitials(ts []token, from, to int) string {
	var b strings.Builder
	for _, t := range ts[from:min(to, len(ts))] {
		if r, _ := utf8.DecodeRuneInString(t.word); t.upper && r != utf8.RuneError {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}
