package sqlstore

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/storetest"
)

// randomTie draws a tie with every field exercised: empty and odd strings (escapes,
// HTML characters json.Marshal escapes, accents, invalid UTF-8), forms or none, several
// citations or none.
func randomTie(rng *rand.Rand) alliances.Tie {
	texts := []string{"", "a", "p. 12", `say "no"`, `back\slash`, "line\nbreak", "<b>&</b>", "Kābul", "\xff\xfe", "tab\there", "\u2028"}
	text := func() string { return texts[rng.IntN(len(texts))] }
	dates := []string{"2016", "2021-06-20~", "2004/2011", "2016/..", "/2018", "2019-21", "1990?/2000%"}
	t := alliances.Tie{ID: "t" + text(), Subject: text(), Object: "o", Kind: alliances.Kinds[rng.IntN(len(alliances.Kinds))].Kind,
		Valid: edtf.MustParse(dates[rng.IntN(len(dates))]), Intensity: rng.IntN(6), Rank: rng.IntN(3) - 1,
		Status: alliances.Statuses[rng.IntN(len(alliances.Statuses))], Note: text(), Third: text(), Role: alliances.Role(text()),
		Type: alliances.AgreementType(text()), Basis: alliances.Basis(text()), Directed: rng.IntN(2) == 0, Sign: alliances.Sign(rng.IntN(3) - 1)}
	if rng.IntN(3) > 0 {
		t.Forms = []alliances.Form{}
		for range rng.IntN(3) {
			t.Forms = append(t.Forms, alliances.Form(text()))
		}
	}
	if rng.IntN(5) > 0 {
		t.Citations = []alliances.Citation{}
		for range rng.IntN(3) {
			t.Citations = append(t.Citations, alliances.Citation{Source: text(), Locator: text(), Credibility: alliances.Credibility(rng.IntN(7)),
				AttributedTo: text(), Stance: alliances.Stance(text()), Note: text()})
		}
	}
	return t
}

// TestTieDecoderAgreesWithJSON: every tie json.Marshal writes reads back from the
// decoder exactly as json.Unmarshal reads it.
func TestTieDecoderAgreesWithJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	d := newTieDecoder()
	var ties []alliances.Tie
	for range 5000 {
		ties = append(ties, randomTie(rng))
	}
	ties = append(ties, storetest.Sample().Ties...)
	fast := 0
	for _, tie := range ties {
		body, err := json.Marshal(tie)
		if err != nil {
			t.Fatal(err)
		}
		var want, got alliances.Tie
		if err := json.Unmarshal(body, &want); err != nil {
			t.Fatal(err)
		}
		if err := d.decode(body, &got); err != nil {
			t.Fatalf("%s: %v", body, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s:\n got %+v\nwant %+v", body, got, want)
		}
		var probe alliances.Tie
		if d.fast(body, &probe) == nil {
			fast++
		}
	}
	// Most of these ties hold a string with an escape and go to encoding/json; the
	// sample's do not, and must take the fast path.
	if fast < len(storetest.Sample().Ties) {
		t.Errorf("%d ties decoded without encoding/json, want at least the sample's %d", fast, len(storetest.Sample().Ties))
	}
}

// FuzzTieDecoder: whatever the body, the decoder answers as json.Unmarshal does.
func FuzzTieDecoder(f *testing.F) {
	for _, tie := range storetest.Sample().Ties {
		body, _ := json.Marshal(tie)
		f.Add(body)
	}
	f.Add([]byte(`{"id":"x","intensity":01}`))
	f.Add([]byte(`{"id":"x","id":"y"}`))
	f.Add([]byte(`{"ID":"x","forms":null,"citations":[{}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var want, got alliances.Tie
		wantErr := json.Unmarshal(body, &want)
		gotErr := newTieDecoder().decode(body, &got)
		if (wantErr == nil) != (gotErr == nil) {
			t.Fatalf("%q: decoder error %v, encoding/json error %v", body, gotErr, wantErr)
		}
		if wantErr == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("%q:\n got %+v\nwant %+v", body, got, want)
		}
	})
}

// BenchmarkDecodeTies decodes the JSON of synthetic ties with encoding/json and with
// the tie decoder, one goroutine.
func BenchmarkDecodeTies(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	var bodies [][]byte
	for i := range 10000 {
		tie := alliances.Tie{ID: fmt.Sprintf("t%d", i), Subject: fmt.Sprintf("a%d", rng.IntN(2000)), Object: fmt.Sprintf("a%d", rng.IntN(2000)),
			Kind: alliances.Hostility, Sign: -1, Valid: edtf.MustParse(fmt.Sprintf("%d/%d", 1990+rng.IntN(20), 2010+rng.IntN(10))),
			Status: alliances.Reported, Basis: alliances.Stated, Intensity: 1 + rng.IntN(5),
			Citations: []alliances.Citation{{Source: fmt.Sprintf("s%d", rng.IntN(100)), Locator: "p. 12", Credibility: 2, Stance: alliances.Asserts}}}
		body, _ := json.Marshal(tie)
		bodies = append(bodies, body)
	}
	b.Run("encoding/json", func(b *testing.B) {
		for b.Loop() {
			for _, body := range bodies {
				var t alliances.Tie
				if err := json.Unmarshal(body, &t); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(bodies)), "ns/tie")
	})
	b.Run("tieDecoder", func(b *testing.B) {
		d := newTieDecoder()
		for b.Loop() {
			for _, body := range bodies {
				var t alliances.Tie
				if err := d.decode(body, &t); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(bodies)), "ns/tie")
	})
}
