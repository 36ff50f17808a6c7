package extract_test

// Where the reader ends a sentence.

import (
	"strings"
	"testing"

	"github.com/alliances-project/alliances/extract"
)

// TestSentencesPastInitials: a name's initials end no sentence ("K. Padmanabha", "J.R.
// Jayewardene", the Sri Lanka report's ¶4 and ¶12), but "World War I." does.
func TestSentencesPastInitials(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
	}{
		{"In 1990 the Tigers shot dead the EPRLF's leader, K. Padmanabha, in Madras. Delhi was angry.", 2},
		{"President J.R. Jayewardene tilted towards Washington in 1983. M.H.M. Ashraff led the Muslims.", 2},
		{"The empire fell after World War I. Its provinces were shared out.", 2},
	} {
		d := extract.Read("r.txt", c.text+" A third sentence makes the paragraph long enough.", extract.DefaultRules())
		if len(d.Paragraphs) != 1 || len(d.Paragraphs[0].Sentences) != c.n+1 {
			t.Errorf("%q: %d paragraphs, want one of %d sentences", c.text, len(d.Paragraphs), c.n+1)
			continue
		}
		if got := c.text[d.Paragraphs[0].Sentences[0].Start:d.Paragraphs[0].Sentences[0].End]; !strings.HasSuffix(got, ".") || strings.HasSuffix(got, "K.") || strings.HasSuffix(got, "J.R.") {
			t.Errorf("%q: the first sentence is %q", c.text, got)
		}
	}
}
