package sqlstore

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/storetest"
)

// TestTieEncoderIsEncodingJSON: appendJSON writes every tie byte for byte as
// json.Marshal does: random ties with every field exercised (texts that need escapes
// among them), the sample's and the built-in cases' ties, and ties with their recorded
// times. Most random ties hold a text that needs an escape and go to json.Marshal; the
// built-in cases' ties must take the encoder's own path.
func TestTieEncoderIsEncodingJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	var ties []alliances.Tie
	for range 5000 {
		ties = append(ties, randomTie(rng))
	}
	ties = append(ties, storetest.Sample().Ties...)
	recs, err := cases.Records()
	if err != nil {
		t.Fatal(err)
	}
	builtIn := 0
	for _, r := range recs {
		r.Normalize()
		ties = append(ties, r.Ties...)
		builtIn += len(r.Ties)
	}
	// Each character json.Marshal escapes or leaves alone, alone in a text.
	for _, c := range []string{"<", ">", "&", "\"", "\\", "\n", "\x00", "\x1f", "\x7f", "\u2028", "\u2029", "\xff", "\xe2\x80", "é", "Kābul", "\U0001F600", " "} {
		tie := storetest.Sample().Ties[0]
		tie.Note, tie.Citations[0].Locator = "a"+c+"b", c
		ties = append(ties, tie)
	}
	recorded := storetest.Sample().Ties[0]
	recorded.Recorded = &alliances.Recorded{Case: "sample", Version: 2, From: time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)}
	ties = append(ties, recorded, alliances.Tie{}, alliances.Tie{Citations: []alliances.Citation{}, Forms: []alliances.Form{}})
	own := 0
	for i := range ties {
		want, err := json.Marshal(&ties[i])
		if err != nil {
			t.Fatal(err)
		}
		got, err := appendJSON([]byte("kept"), &ties[i])
		if err != nil || !bytes.Equal(got, append([]byte("kept"), want...)) {
			t.Fatalf("tie %d written as\n%s (%v)\nwant\n%s", i, got, err, want)
		}
		if _, ok := appendTie(nil, &ties[i]); ok {
			own++
		}
	}
	if own < builtIn {
		t.Errorf("%d ties written by the encoder's own path, want at least the built-in cases' %d", own, builtIn)
	}
}

// TestTieEncoderKnowsEveryField: appendTie writes the 18 fields a tie has; a field added
// to alliances.Tie must be added to it (and this count changed).
func TestTieEncoderKnowsEveryField(t *testing.T) {
	if n := reflect.TypeFor[alliances.Tie]().NumField(); n != 18 {
		t.Errorf("alliances.Tie has %d fields; appendTie writes 18: write the new ones", n)
	}
	if n := reflect.TypeFor[alliances.Citation]().NumField(); n != 6 {
		t.Errorf("alliances.Citation has %d fields; appendTie writes 6: write the new ones", n)
	}
}

// FuzzTieEncoder: whatever the texts of a tie, appendJSON writes what json.Marshal
// writes.
func FuzzTieEncoder(f *testing.F) {
	f.Add("t1", "taliban", "<b>", "p. 12", "Kābul", "2016/..", int8(1), 3)
	f.Add("\xff", "\u2028", "a\"b", "\\", "\x00", "2021-06~", int8(-1), -2)
	f.Fuzz(func(t *testing.T, id, subject, note, locator, third, valid string, sign int8, n int) {
		iv, _ := edtf.Parse(valid)
		tie := alliances.Tie{ID: id, Subject: subject, Object: third, Kind: alliances.Kind(note), Third: third, Note: note,
			Sign: alliances.Sign(sign), Valid: iv, Intensity: n, Rank: -n, Status: alliances.Status(locator),
			Forms:     []alliances.Form{alliances.Form(locator)},
			Citations: []alliances.Citation{{Source: id, Locator: locator, Credibility: alliances.Credibility(n), AttributedTo: subject, Stance: alliances.Stance(note), Note: third}}}
		want, err := json.Marshal(&tie)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := appendJSON(nil, &tie); err != nil || !bytes.Equal(got, want) {
			t.Fatalf("written as\n%s (%v)\nwant\n%s", got, err, want)
		}
	})
}

// BenchmarkEncodeTies writes the JSON of synthetic ties with json.Marshal and with
// appendJSON, one goroutine.
func BenchmarkEncodeTies(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	ties := make([]alliances.Tie, 10000)
	for i := range ties {
		ties[i] = alliances.Tie{ID: "t" + strconv.Itoa(i), Subject: "a" + strconv.Itoa(rng.IntN(2000)), Object: "a" + strconv.Itoa(rng.IntN(2000)),
			Kind: alliances.Hostility, Sign: -1, Valid: edtf.MustParse(strconv.Itoa(1990+rng.IntN(20)) + "/" + strconv.Itoa(2010+rng.IntN(10))),
			Status: alliances.Reported, Basis: alliances.Stated, Intensity: 1 + rng.IntN(5),
			Citations: []alliances.Citation{{Source: "s" + strconv.Itoa(rng.IntN(100)), Locator: "p. 12", Credibility: 2, Stance: alliances.Asserts}}}
	}
	b.Run("encoding/json", func(b *testing.B) {
		for b.Loop() {
			for i := range ties {
				if _, err := json.Marshal(&ties[i]); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ties)), "ns/tie")
	})
	b.Run("appendJSON", func(b *testing.B) {
		var buf []byte
		for b.Loop() {
			for i := range ties {
				var err error
				if buf, err = appendJSON(buf[:0], &ties[i]); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ties)), "ns/tie")
	})
}
