package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// controlsCase is a case whose names, notes, locators and titles hold terminal control
// sequences (see the file's comment).
const controlsCase = "testdata/controls/controls.yaml"

// alphaName is the name of actor alpha in controlsCase, as the YAML escapes spell it.
const alphaName = "Alpha \x1b]0;pwned title\a\x1b[2J\r\nforged line \u009b2J \u202eevil\u2028end"

// rawControl returns the first character of out that a terminal would act on rather than
// show: a C0 control other than newline and tab, DEL, a C1 control, a line or paragraph
// separator, a bidi embedding, override or isolate, or a byte that is not UTF-8.
func rawControl(out string) (string, bool) {
	for i, r := range out {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(out[i:], "\uFFFD"):
			return fmt.Sprintf("byte %#x at %d", out[i], i), true
		case r < 0x20 && r != '\n' && r != '\t', r == 0x7f, r >= 0x80 && r <= 0x9f,
			r == 0x2028, r == 0x2029, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return fmt.Sprintf("%U at %d", r, i), true
		}
	}
	return "", false
}

func TestHumanOutputEscapesControls(t *testing.T) {
	c := newCLI(t)
	c.ok("import", controlsCase)
	commands := [][]string{
		{"cases"},
		{"actors"},
		{"actors", "alpha"},
		{"actor", "alpha"},
		{"actor", "beta"},
		{"ties"},
		{"timeline"},
		{"sources"},
		{"history", "beta-supports-alpha"},
		{"history", "alpha"},
		{"supporters", "alpha", "--from", "2016", "--to", "2018", "--explain"},
		{"centrality", "--at", "2016", "--explain"},
		{"balance", "--at", "2016", "--explain"},
		{"balance", "--from", "2014", "--to", "2018", "--explain"},
		{"blocs", "--at", "2016", "--explain"},
		{"blocs", "--from", "2014", "--to", "2018"},
		{"brokers", "--at", "2016", "--explain"},
		{"path", "alpha", "beta", "--at", "2018", "--explain"},
		{"diff", "2014", "2018", "--focal", "alpha", "--explain"},
		{"cascade", "--at", "2016", "--seed", "beta", "--explain"},
	}
	for _, args := range commands {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			out, errOut, code := c.run(args...)
			if code != 0 {
				t.Fatalf("exit %d\n%s%s", code, out, errOut)
			}
			for stream, text := range map[string]string{"stdout": out, "stderr": errOut} {
				if what, ok := rawControl(text); ok {
					t.Errorf("%s holds a raw control character, %s:\n%q", stream, what, text)
				}
				for _, line := range strings.Split(text, "\n") {
					if strings.HasPrefix(strings.TrimSpace(line), "forged line") {
						t.Errorf("%s holds a forged line %q:\n%s", stream, line, text)
					}
				}
			}
		})
	}
	// The escapes are visible: a reader sees that the name holds an ESC and a CR LF.
	if out := c.ok("actors", "alpha"); !strings.Contains(out, `Alpha \x1b]0;pwned title\x07\x1b[2J\r\nforged line \u009b2J \u202eevil\u2028end`) {
		t.Errorf("actors alpha:\n%s\nwant the name with its controls escaped", out)
	}
}

func TestJSONOutputKeepsControls(t *testing.T) {
	c := newCLI(t)
	c.ok("import", controlsCase)
	var actors []struct{ Name string }
	if err := json.Unmarshal([]byte(c.ok("actors", "alpha", "--json")), &actors); err != nil {
		t.Fatal(err)
	}
	if len(actors) != 1 || actors[0].Name != alphaName {
		t.Errorf("actors alpha --json = %+v, want the name exactly %q", actors, alphaName)
	}
	var ties []struct {
		Note      string
		Citations []struct{ Locator string }
	}
	if err := json.Unmarshal([]byte(c.ok("ties", "--actor", "beta", "--kind", "support", "--json")), &ties); err != nil {
		t.Fatal(err)
	}
	const note = "Note \x1b]0;pwned title\a\x1b[2J\r\nforged line \u009b2J \u202eevil"
	if len(ties) != 1 || ties[0].Note != note {
		t.Errorf("ties --json = %+v, want the note exactly %q", ties, note)
	}
	// export writes the case as it is recorded, for import elsewhere: never escaped.
	// JSON's escapes read like the escaper's (\u202e), so look at the bytes: the JSON
	// encoder writes U+202E as it is.
	exported := c.ok("export", "--format", "json")
	var doc struct {
		Actors []struct{ ID, Name string }
	}
	if err := json.Unmarshal([]byte(exported), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Actors) == 0 || doc.Actors[0].Name != alphaName || !strings.Contains(exported, "\u202e") {
		t.Errorf("export --format json:\n%s\nwant alpha's name exactly %q, U+202E unescaped", exported, alphaName)
	}
	if out := c.ok("supporters", "alpha", "--from", "2016", "--to", "2018", "--json"); !strings.Contains(out, `\u001b]0;pwned title\u0007`) || !strings.Contains(out, "\u202e") {
		t.Errorf("supporters --json:\n%s\nwant alpha's name exactly (JSON escapes the C0 controls, not U+202E)", out)
	}
}
