package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// edge makes the tie of one edge-list line. With weights, the third field's magnitude,
// rounded and kept within 1 to 5, is the tie's intensity and its sign the tie's sign;
// without, the field is a sign alone (-1, 0 or 1) and the intensity is left unknown.
func edge(caseID string, f []string, line int, valid edtf.Interval, pos, neg alliances.Kind, cred int, weights bool) (alliances.Tie, error) {
	t := alliances.Tie{ID: fmt.Sprintf("%s-%d", caseID, line), Kind: pos, Valid: valid, Basis: alliances.Stated,
		Citations: []alliances.Citation{{Source: caseID + "-data", Locator: fmt.Sprintf("line %d", line), Credibility: alliances.Credibility(cred)}}}
	if len(f) >= 3 {
		x, err := parseNumber(f[2])
		if err != nil {
			return t, fmt.Errorf("third field %q is not a number, expected a sign or weight", f[2])
		}
		if x < 0 {
			t.Kind = neg
		}
		if weights {
			t.Intensity = int(min(max(math.Round(math.Abs(x)), 1), 5))
		}
	}
	if len(f) >= 4 {
		iv, err := dateOf(f[3])
		if err != nil {
			return t, err
		}
		t.Valid = iv
	}
	return t, nil
}

func parseNumber(s string) (float64, error) { return strconv.ParseFloat(s, 64) }

// dateOf reads a window (46-49, 1946-1949) or a Unix time in seconds.
func dateOf(s string) (edtf.Interval, error) {
	if a, b, ok := strings.Cut(s, "-"); ok {
		y1, err1 := strconv.Atoi(a)
		y2, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil {
			return edtf.Interval{}, fmt.Errorf("window %q, expected years such as 46-49 or 1946-1949", s)
		}
		if y1 < 100 {
			y1, y2 = 1900+y1, 1900+y2
		}
		return edtf.Parse(fmt.Sprintf("%04d/%04d", y1, y2))
	}
	secs, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return edtf.Interval{}, fmt.Errorf("fourth field %q, expected a window such as 46-49 or a Unix time", s)
	}
	return edtf.Parse(time.Unix(secs, 0).UTC().Format(time.DateOnly))
}

// namer gives node names actor ids, each id once.
type namer struct {
	ids  map[string]string // name -> id
	used map[string]bool   // the ids given
}

func newNamer() *namer { return &namer{ids: map[string]string{}, used: map[string]bool{}} }

// actorID returns the id of a node name, adding the actor when new. Names become ids by
// lowercasing and replacing what ids do not allow with hyphens; a leading digit gets
// the prefix "n".
func (n *namer) actorID(rec *alliances.Record, name string) string {
	if id, ok := n.ids[name]; ok {
		return id
	}
	id := strings.Trim(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return '-'
	}, name), "-")
	for strings.Contains(id, "--") {
		id = strings.ReplaceAll(id, "--", "-")
	}
	if id == "" || id[0] < 'a' || id[0] > 'z' {
		id = "n" + id
	}
	for base, k := id, 2; n.used[id]; k++ {
		id = fmt.Sprintf("%s-%d", base, k)
	}
	n.ids[name], n.used[id] = id, true
	rec.Actors = append(rec.Actors, alliances.Actor{ID: id, Name: name, Kind: "other"})
	return id
}
