package csvio

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
)

// synthetic returns the five tables of a valid case with n actors and five ties for
// each (one or two citations a tie, one event for every ten actors), drawn from seed,
// shaped like the tables scripts/synth writes.
func synthetic(n int, seed uint64) []File {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	kinds := []string{"alliance", "support", "cooperation", "rivalry", "hostility", "opposition"}
	statuses := []string{"reported", "alleged", "confirmed", "disputed"}
	var src, act, tie, cit, evt bytes.Buffer
	src.WriteString("id,title,author,publisher,date,url,kind,reliability,note\n")
	for i := range 100 {
		fmt.Fprintf(&src, "s%d,Source %d,,,2020,,analysis,%c,\n", i, i, 'A'+i%5)
	}
	act.WriteString("id,name,aliases,kind,country,province,tags,external,note\n")
	tie.WriteString("id,subject,object,kind,type,sign,directed,forms,third,role,valid,intensity,rank,status,basis,note\n")
	cit.WriteString("claim,source,locator,credibility,attributed_to,stance,note\n")
	for i := range n {
		fmt.Fprintf(&act, "a%d,Actor %d,A%d,state,,,,,\n", i, i, i)
		for k := range 5 {
			j := (i + 1 + rng.IntN(n-1)) % n
			fmt.Fprintf(&tie, "t%d-%d,a%d,a%d,%s,,,,,,,%d/..,%d,,%s,stated,\n",
				i, k, i, j, kinds[rng.IntN(len(kinds))], 1990+rng.IntN(30), 1+rng.IntN(5), statuses[rng.IntN(len(statuses))])
			for range 1 + rng.IntN(2) {
				fmt.Fprintf(&cit, "t%d-%d,s%d,p. %d,%d,,asserts,\n", i, k, rng.IntN(100), 1+rng.IntN(300), 1+rng.IntN(6))
			}
		}
	}
	evt.WriteString("id,title,date,type,actors,note\n")
	for i := range n / 10 {
		fmt.Fprintf(&evt, "e%d,Event %d,2021-06-14,,a%d;a%d,\n", i, i, rng.IntN(n), rng.IntN(n))
		fmt.Fprintf(&cit, "e%d,s%d,,2,,asserts,\n", i, rng.IntN(100))
	}
	return []File{
		{Name: "sources.csv", Data: src.Bytes()}, {Name: "actors.csv", Data: act.Bytes()},
		{Name: "ties.csv", Data: tie.Bytes()}, {Name: "citations.csv", Data: cit.Bytes()},
		{Name: "events.csv", Data: evt.Bytes()},
	}
}

// BenchmarkRead reads generated tables of 10^4 and 10^5 ties (n/5 actors).
func BenchmarkRead(b *testing.B) {
	for _, ties := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("ties=%d", ties), func(b *testing.B) {
			files := synthetic(ties/5, 1)
			size := 0
			for _, f := range files {
				size += len(f.Data)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				rec, diags := Read("synth", "", files)
				if len(diags.Errors()) > 0 || len(rec.Ties) != ties {
					b.Fatalf("%d ties, problems: %v", len(rec.Ties), diags)
				}
			}
		})
	}
}

// TestReadPlacesProblemsDeepInLargeTables checks that problems on late rows of a large
// table are placed at their line and column, read again from the row's text: every
// thousandth actor's name spans two lines, so lines and rows differ, and problems sit on
// the 900,000th row (an unknown kind, a tag of the wrong form in a list cell) and on a
// citation of its last tie.
func TestReadPlacesProblemsDeepInLargeTables(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a table of 900,000 rows")
	}
	const rows = 900_000
	var act bytes.Buffer
	act.WriteString("id,name,kind,tags\n")
	line := 1
	for i := range rows - 1 {
		if i%1000 == 0 {
			fmt.Fprintf(&act, "a%d,\"Actor\n%d\",state,\n", i, i)
			line += 2
			continue
		}
		fmt.Fprintf(&act, "a%d,Actor %d,state,\n", i, i)
		line++
	}
	last := line + 1 // the line of the last row
	fmt.Fprintf(&act, "a%d,Actor %d,stat,\"region:south; Pashtun\"\n", rows-1, rows-1)
	ties := "id,subject,object,kind,valid\nt1,a1,a2,support,2004\nt2,a1,a3,support,2005\n"
	cites := "claim,source,credibility\nt1,un,2\nt2,un,2\nt2,unx,3\n"
	_, diags := Read("big", "", files(map[string]string{"actors.csv": act.String(), "ties.csv": ties, "citations.csv": cites}))
	// Columns: "a899999,Actor 899999," is 21 bytes, so kind starts at 22; the tags cell
	// starts at 27 with its quote, and "Pashtun" 14 bytes into its value, at 42.
	checkDiags(t, diags, []want{
		{"actors.csv", last, 22, `unknown actor kind "stat"`},
		{"actors.csv", last, 42, `tag "Pashtun" is not of the form key:value`},
		{"citations.csv", 4, 4, `unknown source "unx"`},
	})
}

// TestReadMakesNoRoomForBlankLines reads a ties table of a header and a million blank
// lines (1 MB): Read makes room for a list by the table's lines, but must not make room
// for a million ties (328 MB) that the table does not hold.
func TestReadMakesNoRoomForBlankLines(t *testing.T) {
	data := []byte("id,subject,object,kind,valid\n" + strings.Repeat("\n", 1_000_000))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rec, _ := Read("blank", "", []File{{Name: "ties.csv", Data: data}})
	runtime.ReadMemStats(&after)
	if len(rec.Ties) != 0 {
		t.Fatalf("%d ties read from blank lines", len(rec.Ties))
	}
	// The line starts alone take 8 MB; 64 MB leaves room for them and far less than
	// the ties.
	if got := after.TotalAlloc - before.TotalAlloc; got > 64<<20 {
		t.Errorf("Read allocated %d MB for a table of blank lines, want under 64 MB", got>>20)
	}
}
