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

// TestSentencesPastNotesMarks: a note's mark after a full stop, in superscript ("in
// 1975.³ Gusmão", the East Timor article's ¶8) or in brackets after a space ("in 2010.
// [3] The Group", the Côte d'Ivoire experts' report's ¶2), belongs to the sentence it
// closes; the next one starts after it.
func TestSentencesPastNotesMarks(t *testing.T) {
	for _, text := range []string{
		"Canberra recognised the annexation in 1978.⁹ Gusmão was captured in Dili in 1992.",
		"The Group traced the rifles to Belarus in 2010. [3] The Government denied it.",
		"The Group traced the rifles to Belarus in 2010. [3][4] The Government denied it.",
	} {
		d := extract.Read("r.txt", text+" A third sentence makes the paragraph long enough.", extract.DefaultRules())
		if len(d.Paragraphs) != 1 || len(d.Paragraphs[0].Sentences) != 3 {
			t.Errorf("%q: %d paragraphs, want one of 3 sentences", text, len(d.Paragraphs))
			continue
		}
		second := d.Paragraphs[0].Sentences[1]
		if got := d.Text[second.Start:second.End]; !strings.HasPrefix(got, "Gusmão") && !strings.HasPrefix(got, "The Government") {
			t.Errorf("%q: the second sentence is %q", text, got)
		}
	}
}

// TestShortSentenceParagraphs: a paragraph of one short sentence closed by a full stop is
// of the body ("HOST: So Libya armed the IRA in 1986.", a transcript's turn; "Lesson:
// National contingents follow national guidance."), not a heading; a short line with no
// full stop, or a question, still is one ("Who backed whom?").
func TestShortSentenceParagraphs(t *testing.T) {
	long := "This paragraph is long enough to count as one of the body, whatever else it holds."
	text := "Title\n\n" + long + "\n\nHOST: So Libya armed the IRA in 1986.\n\nWho backed whom?\n\nThe money and the guns\n\n" + long
	d := extract.Read("r.txt", text, extract.DefaultRules())
	var got []string
	for _, p := range d.Paragraphs {
		got = append(got, d.Text[p.Start:p.End])
	}
	if len(got) != 3 || got[1] != "HOST: So Libya armed the IRA in 1986." {
		t.Errorf("paragraphs %q, want the long one, the turn and the long one", got)
	}
}

// TestTitleClosedByAQuotation: a first line that ends with a quotation, itself no
// sentence's end, is the title (`After Mosul: ... the Limits of "By, With and Through"`,
// the Iraq brief, whose reader had numbered it ¶1); a first line that ends with a quoted
// sentence is not.
func TestTitleClosedByAQuotation(t *testing.T) {
	body := "\n\nThe Islamic State lost its last large towns in Iraq in 2017, and the coalition claimed the victory as its own."
	for _, c := range []struct {
		first string
		n     int
	}{
		{`After Mosul: Iraq's Fractured Victory and the Limits of "By, With and Through"`, 1},
		{`The envoy said what everyone in the room had long known: "The war is over, and we have lost it."`, 2},
	} {
		if d := extract.Read("r.txt", c.first+body, extract.DefaultRules()); len(d.Paragraphs) != c.n {
			t.Errorf("%q: %d paragraphs, want %d", c.first, len(d.Paragraphs), c.n)
		}
	}
}
