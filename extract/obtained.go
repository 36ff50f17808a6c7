package extract

import (
	"slices"
	"strings"
)

// obtainWords are the verbs of one who wins a deal for two others: "negotiated a
// ceasefire between the government and the rebels". Unlike the rules' convenings they
// read so only with the two after "between": "Hamas obtained a truce" is its own.
var obtainWords = map[string]bool{"negotiated": true, "obtained": true, "secured": true}

// obtaining returns the agents of the verb at token k that wins a meeting or a deal
// between two others, and the two: the subject, past an aside that ends at a comma right
// before the verb ("Mauritania's President Mohamed Ould Abdel Aziz, then chairing the
// African Union, negotiated a ceasefire between the government and the rebels", "An Arab
// League committee ..., with Lakhdar Brahimi as its envoy, obtained a ceasefire between
// Aoun and the Syrians"); convened drops an agent that is one of the two.
func (rd *Reader) obtaining(ts []token, ms []mention, k int) (agents, sides []*mention, why string) {
	j := k + 1
	for j < len(ts) && j <= k+3 && !rd.meetingAt(ts, j) && !strings.ContainsAny(ts[j].pre, ",;:()") {
		j++
	}
	if j >= len(ts) || j > k+3 || !rd.meetingAt(ts, j) || strings.ContainsAny(ts[j].pre, ",;:()") {
		return nil, nil, ""
	}
	if sides = betweenSides(ts, ms, j, len(ts)); len(sides) < 2 {
		return nil, nil, ""
	}
	a := slices.IndexFunc(ms, func(m mention) bool { return m.first >= 0 && (m.end == k || m.end == k-1 && adverb(ts[k-1].word)) })
	if strings.Contains(ts[k].pre, ",") {
		a = rd.postHolder(ts, ms, subject(ts, ms))
		if a >= len(ms) || a < 0 || ms[a].first < 0 || ms[a].end >= k || !strings.Contains(ts[commaAfter(ts, ms[a].end)].pre, ",") ||
			slices.ContainsFunc(ts[ms[a].end:k+1], func(t token) bool { return strings.ContainsAny(t.pre, ";:") }) {
			return nil, nil, ""
		}
	}
	if a < 0 {
		return nil, nil, ""
	}
	return group(ts, ms, a, -1), sides, betweenTwo
}

// commaAfter returns the token at or after k whose words a comma opens, up to the
// sentence's end: the end of a subject's name and its post.
func commaAfter(ts []token, k int) int {
	for k < len(ts)-1 && !strings.ContainsAny(ts[k].pre, ",;:") {
		k++
	}
	return k
}

// envoysAt reports whether the envoys of those one brings somewhere open at token k, after
// an article or none: "brought envoys of the two leaders to Paris".
func envoysAt(ts []token, k int) bool {
	if k < len(ts) && determiners[ts[k].word] {
		k++
	}
	return k+1 < len(ts) && talkerNouns[ts[k].word] && ts[k+1].word == "of"
}

// warringLeaders returns the leaders of the two the document told fighting last, where
// the text told whom each is led by: the two the recent names lead, or "", "".
func (rd *Reader) warringLeaders() (string, string) {
	w := rd.warring
	if w[0] == "" {
		return "", ""
	}
	var x, y string
	for i := len(rd.recent) - 1; i >= 0; i-- {
		switch id := rd.recent[i]; {
		case x == "" && rd.leads[id] == w[0]:
			x = id
		case y == "" && rd.leads[id] == w[1]:
			y = id
		}
	}
	if x == "" || y == "" {
		return "", ""
	}
	return x, y
}
