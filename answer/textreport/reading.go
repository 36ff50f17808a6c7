package textreport

import (
	"fmt"
	"io"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
)

// Paragraphs lists the body paragraphs of a document as the reader numbers them (¶N),
// each with its count of sentences and its first hundred characters.
func Paragraphs(w io.Writer, name string, d *extract.Document) {
	for _, p := range d.Paragraphs {
		line := strings.Join(strings.Fields(d.Text[p.Start:p.End]), " ")
		if r := []rune(line); len(r) > 100 {
			line = string(r[:100]) + "…"
		}
		fmt.Fprintf(w, "%s ¶%d (%d sentences): %s\n", name, p.N, len(p.Sentences), line)
	}
}

// Extracted writes what a reader found in reports: the new actors, then the proposed
// ties, each with its paragraph, its dates, its confidence and the words that led to it.
func Extracted(w io.Writer, found []extract.Found, kept []extract.Proposal) error {
	for _, fa := range found {
		fmt.Fprintf(w, "¶%d new actor %s (%s): %q, %s\n", fa.Paragraph, fa.Actor.ID, fa.Actor.Kind, fa.Quote, fa.Why)
	}
	t := newTable(w, "¶", "SUBJECT", "KIND", "OBJECT", "VALID", "STATUS", "CONF", "WHY")
	for _, p := range kept {
		t.row(fmt.Sprint(p.Paragraph), p.Tie.Subject, string(p.Tie.Kind), p.Tie.Object, dates(p.Tie.Valid.String()), string(p.Tie.Status),
			fmt.Sprintf("%.1f", p.Confidence), strings.Join(p.Cues, "; "))
	}
	return t.flush()
}

// Score writes how well a reader's proposals find the stated ties of case caseID that
// cite source: precision, recall, the ties read the same way, the dates, and each kind's.
func Score(w io.Writer, s extract.Score, caseID, source string) error {
	fmt.Fprintf(w, "%d proposals at confidence %.2f or more; %d find a tie of case %s citing %s (precision %.2f)\n",
		s.Proposals, s.Threshold, s.Correct, caseID, source, s.Precision)
	fmt.Fprintf(w, "%d of the case's %d stated ties found (recall %.2f), %d of them with their kind, %d read the same way (who acts on whom)\n", s.Found, s.Gold, s.Recall, s.SameKind, s.SameWay)
	fmt.Fprintf(w, "%d of the %d proposals that find a tie take their time from the text; %d of those overlap the tie's\n", s.Dated, s.Correct, s.TimeAgree)
	if s.SameParagraphGold > 0 {
		fmt.Fprintf(w, "In the same paragraph: %d proposals find a tie their paragraph states (precision %.2f); %d of the %d ties cited by paragraph found there (recall %.2f)\n",
			s.SameParagraph, s.StrictPrecision, s.SameParagraphFind, s.SameParagraphGold, s.StrictRecall)
	}
	fmt.Fprintln(w, "Rule: "+s.Rule+".")
	t := newTable(w, "KIND", "TIES", "FOUND", "RECALL", "PROPOSED", "CORRECT", "PRECISION")
	for _, k := range alliances.Kinds {
		if ks, ok := s.ByKind[k.Kind]; ok {
			t.row(string(k.Kind), fmt.Sprint(ks.Gold), fmt.Sprint(ks.Found), fmt.Sprintf("%.2f", ks.Recall), fmt.Sprint(ks.Proposals),
				fmt.Sprint(ks.Correct), fmt.Sprintf("%.2f", ks.Precision))
		}
	}
	return t.flush()
}
