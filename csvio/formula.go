package csvio

import "strings"

// Cells that begin with =, +, -, @, a tab or a carriage return are formulas to
// spreadsheets, which may run them when the file is opened (CSV injection). Tables
// writes such text behind a single quote, which spreadsheets show as text, and Read
// takes the quote away, so that every text reads back as it was:
//
//   - a cell is escaped when, past any single quotes it begins with, its first
//     character is one of formulaStart: "=x" is written '=x, and "'=x", which would
//     otherwise read back as "=x", is written ”=x;
//   - "+" and "-" alone, the signs of ties, are no formulas and stay as they are;
//   - reading removes one leading quote from a cell of that form, and only then.
//
// So a file written by hand with -0001 (an EDTF year) or - (a sign) reads as it is.
const formulaStart = "=+-@\t\r"

// escapable reports whether s is a cell that writing escapes, or, when it begins
// with one more quote, that reading unescapes: quotes then a formula character.
func escapable(s string) bool {
	rest := strings.TrimLeft(s, "'")
	return rest != "" && strings.IndexByte(formulaStart, rest[0]) >= 0
}

// escapeFormula returns the cell that holds the text s.
func escapeFormula(s string) string {
	if s == "+" || s == "-" || !escapable(s) {
		return s
	}
	return "'" + s
}

// unescapeFormula returns the text a cell holds: the inverse of escapeFormula.
func unescapeFormula(cell string) string {
	if strings.HasPrefix(cell, "'") && escapable(cell[1:]) {
		return cell[1:]
	}
	return cell
}
