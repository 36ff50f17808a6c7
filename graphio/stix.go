package graphio

import (
	"cmp"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// stixNamespace is the namespace of the UUIDs (version 5, RFC 9562) of the STIX objects
// alliances writes: the same claim gets the same id in every export, so that a tool that
// imports two exports of a case updates its objects rather than doubling them.
var stixNamespace = [16]byte{0x6b, 0x8f, 0x1c, 0x2e, 0x4a, 0x3d, 0x5e, 0x71, 0x9a, 0x0b, 0x2c, 0x4d, 0x6e, 0x8f, 0x10, 0x32}

// stixID is a STIX identifier: the object's type and a UUID version 5 of name.
func stixID(typ, name string) string {
	h := sha1.New()
	h.Write(stixNamespace[:])
	h.Write([]byte(name))
	u := h.Sum(nil)[:16]
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // the RFC 9562 variant
	s := hex.EncodeToString(u)
	return typ + "--" + s[:8] + "-" + s[8:12] + "-" + s[12:16] + "-" + s[16:20] + "-" + s[20:]
}

// stixTime writes an instant as STIX timestamps are written: UTC, milliseconds.
func stixTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// StixConfidence maps a citation's credibility (the Admiralty scale) to STIX's
// confidence, as the STIX 2.1 specification's appendix on confidence scales does:
// 1 confirmed 90, 2 probably true 70, 3 possibly true 50, 4 doubtful 30, 5 improbable 10;
// 6, cannot be judged, has none (0 here: the property is left out).
func StixConfidence(c alliances.Credibility) int {
	switch c {
	case 1:
		return 90
	case 2:
		return 70
	case 3:
		return 50
	case 4:
		return 30
	case 5:
		return 10
	}
	return 0
}

type stixBundle struct {
	Type    string `json:"type"`
	ID      string `json:"id"`
	Objects []any  `json:"objects"`
}

type stixIdentity struct {
	Type          string            `json:"type"`
	SpecVersion   string            `json:"spec_version"`
	ID            string            `json:"id"`
	Created       string            `json:"created"`
	Modified      string            `json:"modified"`
	Name          string            `json:"name"`
	Description   string            `json:"description,omitempty"`
	IdentityClass string            `json:"identity_class"`
	Sectors       []string          `json:"sectors,omitempty"`
	XID           string            `json:"x_alliances_id"`
	XCase         string            `json:"x_alliances_case"`
	XKind         string            `json:"x_alliances_kind"`
	XAliases      []string          `json:"x_alliances_aliases,omitempty"`
	XCountry      string            `json:"x_alliances_country,omitempty"`
	XProvince     string            `json:"x_alliances_province,omitempty"`
	XTags         []string          `json:"x_alliances_tags,omitempty"`
	XExternal     map[string]string `json:"x_alliances_external,omitempty"`
}

type stixReference struct {
	SourceName  string `json:"source_name"`
	Description string `json:"description,omitempty"`
	URL         string `json:"url,omitempty"`
	ExternalID  string `json:"external_id,omitempty"`
}

type stixRelationship struct {
	Type             string          `json:"type"`
	SpecVersion      string          `json:"spec_version"`
	ID               string          `json:"id"`
	Created          string          `json:"created"`
	Modified         string          `json:"modified"`
	RelationshipType string          `json:"relationship_type"`
	Description      string          `json:"description,omitempty"`
	SourceRef        string          `json:"source_ref"`
	TargetRef        string          `json:"target_ref"`
	StartTime        string          `json:"start_time,omitempty"`
	StopTime         string          `json:"stop_time,omitempty"`
	Confidence       int             `json:"confidence,omitempty"`
	References       []stixReference `json:"external_references,omitempty"`
	XID              string          `json:"x_alliances_id"`
	XCase            string          `json:"x_alliances_case"`
	XSign            string          `json:"x_alliances_sign"`
	XDirected        bool            `json:"x_alliances_directed"`
	XStatus          string          `json:"x_alliances_status"`
	XBasis           string          `json:"x_alliances_basis,omitempty"`
	XValid           string          `json:"x_alliances_valid"`
	XIntensity       int             `json:"x_alliances_intensity,omitempty"`
	XRank            int             `json:"x_alliances_rank,omitempty"`
	XForms           []string        `json:"x_alliances_forms,omitempty"`
	XType            string          `json:"x_alliances_agreement_type,omitempty"`
	XThirdRef        string          `json:"x_alliances_third_ref,omitempty"`
	XRole            string          `json:"x_alliances_role,omitempty"`
}

// WriteSTIX writes rec as a STIX 2.1 bundle: each actor an identity (individuals as
// individual, categories as class, the others as organization), each tie a relationship
// of its kind from its subject to its object, with start_time and stop_time the days it
// certainly covers (stop_time the instant after its last day; an open or unknown end left
// out), confidence from its best citation's credibility, and every citation an external
// reference naming its source, locator, credibility and attribution. What STIX has no
// property for (the sign, status, basis, the EDTF as written) goes into x_alliances_
// properties. Ids are UUIDs version 5 of the case and the claim's id, the same in every
// export; created and modified are the claim's recorded time, or the time of the export
// where the record does not give it.
func WriteSTIX(w io.Writer, rec *alliances.Record) error {
	sources := sourcesOf(rec)
	now := time.Now()
	// A claim's recorded time where the record gives it; else the time of the export.
	when := func(r *alliances.Recorded) string {
		if r == nil || r.From.IsZero() {
			return stixTime(now)
		}
		return stixTime(r.From)
	}
	ids := map[string]string{}
	bundle := stixBundle{Type: "bundle", ID: stixID("bundle", rec.Case+"/"+stixTime(now)), Objects: []any{}}
	for _, a := range rec.Actors {
		id := stixID("identity", rec.Case+"/actor/"+a.ID)
		ids[a.ID] = id
		class := "organization"
		switch a.Kind {
		case "individual":
			class = "individual"
		case "category":
			class = "class"
		}
		bundle.Objects = append(bundle.Objects, stixIdentity{Type: "identity", SpecVersion: "2.1", ID: id, Created: when(a.Recorded), Modified: when(a.Recorded),
			Name: name(a), Description: a.Note, IdentityClass: class, XID: a.ID, XCase: rec.Case, XKind: a.Kind, XAliases: a.Aliases,
			XCountry: a.Country, XProvince: a.Province, XTags: a.Tags, XExternal: a.External})
	}
	for i := range rec.Ties {
		t := &rec.Ties[i]
		r := stixRelationship{Type: "relationship", SpecVersion: "2.1", ID: stixID("relationship", rec.Case+"/tie/"+t.ID),
			Created: when(t.Recorded), Modified: when(t.Recorded), RelationshipType: string(t.Kind), Description: t.Note,
			SourceRef: ids[t.Subject], TargetRef: ids[t.Object], Confidence: StixConfidence(alliances.BestCredibility(t.Citations)),
			XID: t.ID, XCase: rec.Case, XSign: t.Sign.String(), XDirected: t.Directed, XStatus: string(t.Status), XBasis: string(t.Basis),
			XValid: t.Valid.String(), XIntensity: t.Intensity, XRank: t.Rank, XType: string(t.Type), XRole: string(t.Role)}
		if r.SourceRef == "" || r.TargetRef == "" {
			return fmt.Errorf("tie %s names an actor the case does not hold", t.ID)
		}
		for _, f := range t.Forms {
			r.XForms = append(r.XForms, string(f))
		}
		if t.Third != "" {
			r.XThirdRef = ids[t.Third]
		}
		s := t.Valid.Strict()
		if t.Valid.Start().Kind == edtf.Closed && s.First > edtf.MinDay {
			r.StartTime = stixTime(dayTime(s.First))
		}
		if t.Valid.End().Kind == edtf.Closed && s.Last < edtf.MaxDay {
			r.StopTime = stixTime(dayTime(s.Last + 1)) // the instant after the last day: STIX wants it later than start_time
		}
		for _, c := range t.Citations {
			ref := stixReference{SourceName: c.Source, ExternalID: c.Source}
			if src, ok := sources[c.Source]; ok {
				ref.SourceName, ref.URL = cmp.Or(src.Title, c.Source), src.URL
			}
			parts := []string{}
			if c.Locator != "" {
				parts = append(parts, c.Locator)
			}
			parts = append(parts, fmt.Sprintf("credibility %d", c.Credibility))
			if src, ok := sources[c.Source]; ok && src.Reliability != "" {
				parts = append(parts, "source reliability "+src.Reliability)
			}
			if c.AttributedTo != "" {
				parts = append(parts, "according to "+c.AttributedTo)
			}
			if c.Stance == alliances.Denies {
				parts = append(parts, "the source denies it")
			}
			if c.Note != "" {
				parts = append(parts, c.Note)
			}
			ref.Description = strings.Join(parts, "; ")
			r.References = append(r.References, ref)
		}
		bundle.Objects = append(bundle.Objects, r)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(bundle)
}

// dayTime is the first instant of a day, UTC.
func dayTime(d edtf.Day) time.Time {
	y, m, dd := d.Civil()
	return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
}
