package csvio

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// bom is the UTF-8 byte order mark some spreadsheets write at the start of a file.
var bom = []byte("\xEF\xBB\xBF")

// Encodings lists the values File.Encoding may take besides "" (UTF-8, or UTF-16 with
// a byte order mark).
var Encodings = []string{"windows-1252", "latin1"}

// text returns the content of a file as UTF-8 without byte order marks: UTF-8 as it is,
// UTF-16 with a byte order mark decoded, and Windows-1252 or Latin-1 converted when
// the file says so. Places in a file decoded from UTF-16 are those of its UTF-8 text.
func text(f File) ([]byte, error) {
	data := f.Data
	switch f.Encoding {
	case "":
	case "windows-1252", "cp1252":
		return trimBOMs(fromSingleByte(data, true)), nil
	case "latin1", "iso-8859-1":
		return trimBOMs(fromSingleByte(data, false)), nil
	default:
		return nil, fmt.Errorf("unknown encoding %q, expected one of %s", f.Encoding, strings.Join(Encodings, ", "))
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return fromUTF16(data[2:], func(b []byte) uint16 { return uint16(b[0]) | uint16(b[1])<<8 })
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return fromUTF16(data[2:], func(b []byte) uint16 { return uint16(b[0])<<8 | uint16(b[1]) })
	}
	return trimBOMs(data), nil
}

// trimBOMs removes every byte order mark at the start of data: a file saved twice
// with one may hold two.
func trimBOMs(data []byte) []byte {
	for bytes.HasPrefix(data, bom) {
		data = data[len(bom):]
	}
	return data
}

// fromUTF16 decodes UTF-16 (without its byte order mark), each code unit read by unit.
func fromUTF16(data []byte, unit func([]byte) uint16) ([]byte, error) {
	if len(data)%2 != 0 {
		return nil, fmt.Errorf("UTF-16 file (it begins with a byte order mark) with an odd number of bytes, %d, expected two bytes for each code unit", len(data)+2)
	}
	units := make([]uint16, len(data)/2)
	for i := range units {
		units[i] = unit(data[2*i:])
	}
	var out []byte
	for i := 0; i < len(units); i++ {
		r := rune(units[i])
		if utf16.IsSurrogate(r) {
			if i+1 >= len(units) || !utf16.IsSurrogate(rune(units[i+1])) || utf16.DecodeRune(r, rune(units[i+1])) == utf8.RuneError {
				return nil, fmt.Errorf("invalid UTF-16 at byte %d: a lone surrogate 0x%04X, expected a pair", 2*i+3, r)
			}
			r = utf16.DecodeRune(r, rune(units[i+1]))
			i++
		}
		out = utf8.AppendRune(out, r)
	}
	return trimBOMs(out), nil
}

// windows1252 maps the bytes 0x80-0x9F of Windows-1252 to runes; the five bytes it
// leaves undefined keep their Latin-1 meaning (C1 controls), as Windows does.
var windows1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// fromSingleByte converts Latin-1, or Windows-1252 when cp1252, to UTF-8.
func fromSingleByte(data []byte, cp1252 bool) []byte {
	out := make([]byte, 0, len(data))
	for _, b := range data {
		r := rune(b)
		if cp1252 && b >= 0x80 && b < 0xA0 {
			r = windows1252[b-0x80]
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// checkText reports what shows that a file is not UTF-8 text, at the first byte that
// shows it: a NUL byte (the file is UTF-16 without a byte order mark, or no text), or
// bytes that are not UTF-8 (the file is in Windows-1252 or Latin-1, as Excel saves
// "CSV"). It returns false when the file cannot be read at all.
func (d *reader) checkText(t *table) bool {
	if i := bytes.IndexByte(t.raw, 0); i >= 0 {
		d.rootAt(t.placeOf(i), "NUL bytes: the file looks like UTF-16 without a byte order mark, or is no text file; "+
			`expected UTF-8 text (in a spreadsheet, save as "CSV UTF-8") or UTF-16 with a byte order mark`)
		return false
	}
	if utf8.Valid(t.raw) {
		return true
	}
	first, n := -1, 0
	for i := 0; i < len(t.raw); {
		r, size := utf8.DecodeRune(t.raw[i:])
		if r == utf8.RuneError && size == 1 {
			if first < 0 {
				first = i
			}
			n++
		}
		i += size
	}
	if first >= 0 {
		more := ""
		if n > 1 {
			more = fmt.Sprintf(" (and %d more such bytes in the file)", n-1)
		}
		d.rootAt(t.placeOf(first), "byte 0x%02X is not valid UTF-8%s: the file is likely in Windows-1252 or Latin-1, as Excel saves "+
			`"CSV (comma delimited)"; expected UTF-8 text: save it as "CSV UTF-8", or name its encoding (alliances import --encoding windows-1252)`, t.raw[first], more)
	}
	return true
}

// separators are the characters spreadsheets use between fields besides the comma.
const separators = ";\t|"

// separatedBy returns the first character of separators that field holds, and where.
func separatedBy(field string) (byte, int) {
	if i := strings.IndexAny(field, separators); i >= 0 {
		return field[i], i
	}
	return 0, -1
}
