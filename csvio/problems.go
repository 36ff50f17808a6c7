package csvio

import (
	"fmt"
	"strings"

	"github.com/alliances-project/alliances"
)

// adapt turns a problem that alliances.Validate words for case files into one for CSV
// tables: it moves problems about a whole row to the cell they are about and rewords
// those that name YAML fields. An empty message drops the problem.
func (d *reader) adapt(p alliances.Problem) (path, msg string) {
	switch {
	case p.Path == "case" && strings.HasPrefix(p.Msg, "missing case id"):
		return p.Path, "missing case id, expected the id of the case the tables hold, such as afghanistan-2021"
	case p.Path == "title" && strings.HasPrefix(p.Msg, "missing title"):
		return p.Path, "missing title of the case, expected some text"
	case strings.HasPrefix(p.Msg, "missing id"):
		return p.Path + ".id", "missing id, expected lowercase letters, digits and hyphens, starting with a letter"
	case strings.HasPrefix(p.Msg, "no citation"):
		return p.Path, d.noCitation(p.Path)
	case strings.HasPrefix(p.Msg, "mediation without a third actor"):
		return strings.TrimSuffix(p.Path, ".kind") + ".third",
			"mediation without a third actor, expected in column third the actor the subject brings the object together with"
	case strings.HasPrefix(p.Msg, "citation without a source"):
		return p.Path + ".source", "missing source, expected a source id"
	case strings.HasPrefix(p.Msg, "agreement without a type"):
		msg, _, _ := strings.Cut(p.Msg, "; add")
		return strings.TrimSuffix(p.Path, ".kind") + ".type", msg + "; add in column type one of " + strings.Join(agreementTypes(), ", ")
	case strings.HasPrefix(p.Msg, "tie without a basis"):
		msg, _, _ := strings.Cut(p.Msg, "; add")
		return p.Path + ".basis", msg + "; add in column basis stated (the source says it) or inferred (your reading of it)"
	}
	return p.Path, p.Msg
}

// noCitation words the problem of a claim without citations, or drops it when the
// claim has no id (that is reported already, and no citation could name it).
func (d *reader) noCitation(path string) string {
	list, i, rest, ok := index(path)
	id, what := "", "tie"
	switch {
	case !ok || rest != "" || i < 0:
	case list == "ties":
		id = d.claimID(false, i)
	case list == "events":
		id, what = d.claimID(true, i), "event"
	}
	if id == "" {
		return ""
	}
	return fmt.Sprintf("no citation for %s %q, expected at least one row in citations.csv with claim %s", what, id, id)
}

func agreementTypes() []string {
	out := make([]string, len(alliances.AgreementTypes))
	for i, a := range alliances.AgreementTypes {
		out[i] = string(a)
	}
	return out
}
