package intake

// A claim added by hand, which no reader proposed (alliances add).

import (
	"fmt"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
)

// Citing is how a tie added by hand cites its source: the source's id (empty: the
// case's only source), where in it, the words of the source that state the tie, and the
// citation's credibility.
type Citing struct {
	Source, Locator, Quote string
	Credibility            int
}

// CompleteTie completes the fields of a tie added by hand to rec's case: the citation c,
// unless the fields give citations; basis stated, a claim the report states, unless
// they give one; and an id from the tie's parties and kind, one the case does not hold,
// where they give none. A tie without its subject, kind or object, or that names no
// source when the case cites several, is a *answer.ParamError.
func CompleteTie(rec *alliances.Record, fields map[string]any, c Citing) (map[string]any, error) {
	source := c.Source
	for _, k := range []string{"subject", "kind", "object"} {
		if s, _ := fields[k].(string); s == "" {
			return nil, paramError("a tie needs %s=...: subject=A kind=KIND object=B", k)
		}
	}
	if _, given := fields["citations"]; !given {
		if source == "" {
			if len(rec.Sources) != 1 {
				return nil, paramError("--source is required: case %s cites %s", rec.Case, alliances.Count(len(rec.Sources), "source"))
			}
			source = rec.Sources[0].ID
		}
		cite := map[string]any{"source": source, "credibility": c.Credibility}
		if c.Locator != "" {
			cite["locator"] = c.Locator
		}
		if c.Quote != "" {
			cite["note"] = "“" + strings.Trim(c.Quote, "“” ") + "”"
		}
		fields["citations"] = []any{cite}
	}
	if _, given := fields["basis"]; !given {
		fields["basis"] = string(alliances.Stated) // a claim the report states, as add records; basis=inferred for a reading
	}
	if s, _ := fields["id"].(string); s == "" {
		base := fmt.Sprintf("t-%s-%s-%s", fields["subject"], fields["kind"], fields["object"])
		id := base
		for n := 2; slices.ContainsFunc(rec.Ties, func(t alliances.Tie) bool { return t.ID == id }); n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
		fields["id"] = id
	}
	return fields, nil
}

func paramError(format string, args ...any) error {
	return &answer.ParamError{Msg: fmt.Sprintf(format, args...)}
}
