package extract

import (
	"regexp"
	"strings"
)

// A phone-in programme's transcript gives each caller's turn under the caller's name and
// town, the first time at least: "TEWODROS (Silver Spring): ... Abiy has been arming the
// OLA in secret --". What a caller says is the caller's claim, alleged and theirs, as a
// letter's or a witness's would be; the host's and the studio guests' turns ("MERON
// (host):", "DR. YARED:") are the programme's own.

// callerLabel is a turn's label with a town or other words in brackets after the name.
var callerLabel = regexp.MustCompile(`(?m)^[ \t]*([\p{Lu}][\p{Lu}'’.-]+) \(([^)\n]{2,40})\):[ \t]`)

// turnLabel is the label that opens a turn, with or without its brackets.
var turnLabel = regexp.MustCompile(`^\s*([\p{Lu}][\p{Lu}'’.-]+)(?: \([^)\n]{2,40}\))?:\s`)

// studioRoles are the words in a label's brackets that make the speaker the programme's.
var studioRoles = map[string]bool{"host": true, "guest": true, "presenter": true, "interviewer": true, "moderator": true,
	"anchor": true, "chair": true, "narrator": true, "producer": true, "studio": true, "analyst": true}

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
			first := strings.ToLower(strings.Fields(where)[0])
			if studioRoles[first] || strings.ToLower(where[:1]) == where[:1] {
				continue // "(host)", "(guest)": the programme's own
			}
			if _, seen := callers[m[1]]; !seen {
				callers[m[1]] = m[1][:1] + strings.ToLower(m[1][1:]) + " (caller, " + where + ")"
			}
		}
		rd.callers[d] = callers
	}
	if len(callers) == 0 {
		return ""
	}
	m := turnLabel.FindStringSubmatch(d.Text[p.Start:p.End])
	if m == nil {
		return ""
	}
	return callers[m[1]]
}
