package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A phone-in programme's transcript gives each caller's turn under the caller's name and
// town, the first time at least: "TEWODROS (Silver Spring): ... Abiy has been arming the
// OLA in secret --". What a caller says is the caller's claim, alleged and theirs, as a
// letter's or a witness's would be; the host's and the studio guests' turns ("MERON
// (host):", "DR. YARED:") are the programme's own.

// callerLabel is a turn's label with a town or other words in brackets after the name.
var callerLabel = regexp.MustCompile(`(?m)^[ \t]*([\p{Lu}][\p{Lu}'’.-]+) \(([^)\n]{2,40})\):[ \t]`)

// studioRoles are the words in a label's brackets that make the speaker the programme's.
var studioRoles = map[string]bool{"host": true, "guest": true, "presenter": true, "interviewer": true, "moderator": true,
	"anchor": true, "chair": true, "narrator": true, "producer": true, "studio": true, "analyst": true}

// voiceLabels are the labels of a script's own voice, whoever reads it: "COMMENTARY (Roy
// Callender):" over a newsreel's commentary (yemen-1962) is the programme's, no caller's.
var voiceLabels = map[string]bool{"COMMENTARY": true, "NARRATION": true, "NARRATOR": true, "COMMENTATOR": true, "VOICEOVER": true,
	"VOICE-OVER": true, "VO": true, "V/O": true, "ANCHOR": true, "PRESENTER": true}

// callerOf returns who the paragraph p is the turn of, "NAME (caller, Town)", where it is a
// caller's turn; "" otherwise.
func (rd *Reader) callerOf(d *Document, p Paragraph) string {
	if rd.callers == nil {
		rd.callers = map[*Document]map[string]string{}
	}
	callers, ok := rd.callers[d]
	if !ok {
		callers = map[string]string{}
		for _, m := range callerLabel.FindAllStringSubmatch(d.Text, -1) {
			where := strings.TrimSpace(m[2])
			if where == "" {
				continue
			}
			first := strings.ToLower(strings.Fields(where)[0])
			if r, _ := utf8.DecodeRuneInString(where); studioRoles[first] || voiceLabels[m[1]] || !unicode.IsUpper(r) || expandsLabel(m[1], initialsOf(where)) || rd.stateName(strings.Fields(where)) {
				continue // "(host)", "(guest)": the programme's own; "(India)": a delegate's state
			}
			if _, seen := callers[m[1]]; !seen {
				r, n := utf8.DecodeRuneInString(m[1])
				callers[m[1]] = string(r) + strings.ToLower(m[1][n:]) + " (caller, " + where + ")"
			}
		}
		rd.callers[d] = callers
	}
	if len(callers) == 0 {
		return ""
	}
	m := speakerLabel.FindStringSubmatch(d.Text[p.Start:p.End])
	if m == nil {
		return ""
	}
	return callers[m[1]]
}

// expandsLabel reports whether the initials of the words in brackets after a label in
// capitals spell it out, a glossary's entry and no speaker's: "PSP (Partido Socialista
// Popular):", "NISS (National Intelligence and Security Service):".
func expandsLabel(label, initials string) bool {
	letters := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToUpper(r)
		}
		return -1
	}, label)
	return len(initials) >= 2 && (initials == letters || strings.HasPrefix(initials, letters) || strings.HasPrefix(letters, initials))
}

// greetings are the words by which a speaker greets another; a name after them is the one
// greeted, in no actor's name.
var greetings = map[string]bool{"hello": true, "hi": true, "selam": true, "salaam": true, "thanks": true, "welcome": true,
	"dear": true, "greetings": true, "goodbye": true, "bye": true}

// labelRun reports whether the words of a run of names, in capitals, end in a colon at
// field end-1: a transcript's speaker label ("DR. YARED: The ENDF ..."), no actor; not a
// delegate's, whose state is in brackets ("Mr. SWARAN SINGH (India):").
func labelRun(fields []string, end int, words []string) bool {
	if end < 1 || end > len(fields) || !strings.HasSuffix(fields[end-1], ":") || strings.Contains(fields[end-1], ")") {
		return false
	}
	return !slices.ContainsFunc(words, func(w string) bool { return strings.ToUpper(w) != w })
}
