package alliances

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

func kindNames() []string {
	var s []string
	for _, k := range Kinds {
		s = append(s, string(k.Kind))
	}
	return s
}

func formNames() []string   { return stringsOf(Forms) }
func statusNames() []string { return stringsOf(Statuses) }
func roleNames() []string   { return stringsOf(Roles) }

func stringsOf[T ~string](xs []T) []string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

// didYouMean returns ", did you mean X?" for the candidate closest to s, or "" when none
// is close enough to be a likely typo.
func didYouMean(s string, candidates []string) string {
	if best := Closest(s, candidates); best != "" {
		return fmt.Sprintf(", did you mean %q?", best)
	}
	return ""
}

// Closest returns the candidate nearest to s by edit distance, when it is close enough
// to be a likely typo (at most a third of the longer string, and at least 1), or "".
// Values of one or two characters get no suggestion: any other is as close.
func Closest(s string, candidates []string) string {
	best, bestDist := "", 0
	ls := strings.ToLower(s)
	for _, c := range candidates {
		d := editDistance(ls, strings.ToLower(c))
		limit := max(len(s), len(c)) / 3
		if d > max(limit, 1) || c == s || max(len(s), len(c)) <= 2 {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the optimal string alignment distance between a and b, in bytes:
// insertions, deletions, substitutions and transpositions of neighbours count one each,
// so that "alpah" is one step from "alpha".
func editDistance(a, b string) int {
	var rows [3][]int // row i lives in rows[i%3]
	for k := range rows {
		rows[k] = make([]int, len(b)+1)
	}
	for j := range rows[0] {
		rows[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur, prev, pp := rows[i%3], rows[(i+2)%3], rows[(i+1)%3]
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], pp[j-2]+1)
			}
		}
	}
	return rows[len(a)%3][len(b)]
}

// Count writes a count of a noun: "1 claim", "2 claims".
func Count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
