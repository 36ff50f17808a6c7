package extract

import (
	"bytes"
	"cmp"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// ReadFile returns the text of a report: a plain text, Markdown or HTML file as it is,
// a PDF through pdftotext (where it is installed). Anything else is refused, saying what
// was expected.
func ReadFile(ctx context.Context, name string) (string, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return "", alliances.Errorf(alliances.Invalid, "extract", "cannot read %s: %v", name, pathError(err))
	}
	if bytes.HasPrefix(data, []byte("%PDF-")) || strings.EqualFold(filepath.Ext(name), ".pdf") {
		tool, err := exec.LookPath("pdftotext")
		if err != nil {
			return "", alliances.Errorf(alliances.Unavailable, "extract",
				"%s is a PDF: reading one needs pdftotext, which is not installed (Debian and Ubuntu: apt-get install poppler-utils; macOS: brew install poppler), or save the report as text first", name)
		}
		ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		defer cancel()
		var stderr bytes.Buffer
		cmd := exec.CommandContext(ctx, tool, "-enc", "UTF-8", "-eol", "unix", name, "-")
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return "", alliances.Errorf(alliances.Invalid, "extract", "%s: pdftotext could not read it as a PDF: %s", name, strings.TrimSpace(cmp.Or(stderr.String(), err.Error())))
		}
		return unwrapLines(string(out)), nil
	}
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return "", alliances.Errorf(alliances.Invalid, "extract", "%s is not text in UTF-8: expected plain text, Markdown or HTML (or a PDF, through pdftotext)", name)
	}
	return string(data), nil
}

// unwrapLines joins the lines of each paragraph of pdftotext's output (paragraphs
// separated by blank lines, pages by form feeds), so that a sentence broken over lines
// reads as one: "grew\nimpatient" as "grew impatient", "anti-\nTaliban" as "anti-Taliban".
func unwrapLines(text string) string {
	text = strings.ReplaceAll(text, "\f", "\n\n")
	blocks := strings.Split(text, "\n\n")
	for i, b := range blocks {
		lines := strings.Split(strings.TrimSpace(b), "\n")
		var sb strings.Builder
		for k, l := range lines {
			l = strings.TrimSpace(l)
			switch {
			case k == 0:
			case strings.HasSuffix(sb.String(), "-"):
			default:
				sb.WriteByte(' ')
			}
			sb.WriteString(l)
		}
		blocks[i] = sb.String()
	}
	return strings.Join(blocks, "\n\n")
}

// pathError leaves out the path an *os.PathError repeats: the message names the file.
func pathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
