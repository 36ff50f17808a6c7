package intake

// A reviewer's correction of a proposal: the fields an edit sets, and what the record
// takes of a correction of the reader's proposal besides them.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
	"github.com/alliances-project/alliances/team"
)

// Edit sets fields of a proposed claim of the entity given ("tie", "actor", "event",
// "source") from FIELD=VALUE pairs, separated by spaces, a value in double quotes
// holding spaces; "" removes a field. The id stays; a field the entity lacks is refused,
// naming it.
func Edit(entity string, body json.RawMessage, pairs string) (json.RawMessage, error) {
	edited, err := editFields(body, pairs)
	if err != nil {
		return nil, err
	}
	if entity == "tie" {
		edited = dropKindFields(edited, pairs)
	}
	return edited, knownFields(entity, edited)
}

// dropKindFields removes from a tie whose kind an edit changed the fields only its old
// kind has, unless the edit set them too: a membership's role, a mediation's third, a
// support's forms or an alliance's obligations that the new kind does not take
// (kind=cooperation on a proposed membership would be refused for its role, kind=favour
// on a support of weapons for its forms).
func dropKindFields(body json.RawMessage, pairs string) json.RawMessage {
	set := map[string]bool{}
	for _, kv := range splitQuoted(pairs) {
		k, _, _ := strings.Cut(kv, "=")
		set[k] = true
	}
	if !set["kind"] {
		return body
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(body, &fields) != nil {
		return body
	}
	var kind string
	json.Unmarshal(fields["kind"], &kind)
	changed := false
	for field, only := range map[string]alliances.Kind{"role": alliances.Membership, "third": alliances.Mediation} {
		if _, ok := fields[field]; ok && !set[field] && alliances.Kind(kind) != only {
			delete(fields, field)
			changed = true
		}
	}
	var forms []alliances.Form
	if _, ok := fields["forms"]; ok && !set["forms"] && json.Unmarshal(fields["forms"], &forms) == nil {
		allowed := alliances.FormsOf(alliances.Kind(kind))
		if slices.ContainsFunc(forms, func(f alliances.Form) bool { return !slices.Contains(allowed, f) }) {
			delete(fields, "forms")
			changed = true
		}
	}
	if !changed {
		return body
	}
	out, err := json.Marshal(fields)
	if err != nil {
		return body
	}
	return out
}

// Corrected is a reviewer's correction of a proposal as the record takes it: a tie the
// reader proposed cites its report at the credibility its new status gives
// (extract.Restated) and takes the id that names what the correction made of it
// (extract.Renamed). It returns the body, the new id ("" when it stays) and the
// credibility of the first citation where the correction changed it (0 where not).
func Corrected(p team.Proposal, body json.RawMessage) (json.RawMessage, string, alliances.Credibility) {
	if p.Entity != "tie" || p.Author != extract.Author || len(body) == 0 {
		return body, "", 0
	}
	restated := extract.Restated(p.Body, body) // made alleged: credibility 3, as the reader gives
	changed := alliances.Credibility(0)
	if was, is := citedCredibility(body), citedCredibility(restated); was != is {
		changed = is
	}
	restated, renamed := extract.Renamed(p.Claim, restated)
	return restated, renamed, changed
}

// editFields sets fields of a claim's JSON from FIELD=VALUE pairs: a value that reads as
// a JSON list is one, a number is one where the field holds a number (intensity=3, not
// valid=2016, a date), anything else a string ("" removes the field).
func editFields(body json.RawMessage, pairs string) (json.RawMessage, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(body, &fields); err != nil {
		return nil, err
	}
	for _, kv := range splitQuoted(pairs) {
		k, v, ok := strings.Cut(kv, "=")
		if k == "id" {
			return nil, fmt.Errorf("%q: a proposal's id cannot be changed (a claim keeps its id for good; change its name, and add an actor of another id with alliances add if the id misleads)", kv)
		}
		if !ok || k == "" {
			return nil, fmt.Errorf("%q: expected FIELD=VALUE", kv)
		}
		switch {
		case v == "":
			delete(fields, k)
		case json.Valid([]byte(v)) && (strings.HasPrefix(v, "[") || isNumber(v) && numeric(fields[k], k)):
			fields[k] = json.RawMessage(v)
		case k == "valid" || k == "date":
			// A date says which field and where it does not read, before the claim does.
			if _, err := edtf.Parse(v); err != nil {
				return nil, fmt.Errorf("%s=%s: %v (EDTF: 2015, 2015-02, 2015/2020, 2015/..)", k, v, strings.TrimPrefix(err.Error(), "edtf: "))
			}
			s, _ := json.Marshal(v)
			fields[k] = s
		case k == "external":
			// Another dataset's ids, by source: external=ucdp:366,wikidata:Q123.
			ids := map[string]string{}
			for item := range strings.SplitSeq(v, ",") {
				src, id, ok := strings.Cut(strings.TrimSpace(item), ":")
				if !ok || src == "" || id == "" {
					return nil, fmt.Errorf("external=%s: expected SOURCE:ID pairs by commas, as external=ucdp:366", v)
				}
				ids[src] = id
			}
			fields[k], _ = json.Marshal(ids)
		case k == "aliases" || k == "forms" || k == "tags":
			// A list field takes its items separated by commas: aliases=FSA,Free Army.
			var items []string
			for item := range strings.SplitSeq(v, ",") {
				if item = strings.TrimSpace(item); item != "" {
					items = append(items, item)
				}
			}
			fields[k], _ = json.Marshal(items)
		default:
			s, _ := json.Marshal(v)
			fields[k] = s
		}
	}
	return json.Marshal(fields)
}

// numeric reports whether a claim's field holds a number: as it does now, or, absent,
// as the fields of numbers do.
func numeric(now json.RawMessage, field string) bool {
	if len(now) > 0 {
		return now[0] == '-' || now[0] >= '0' && now[0] <= '9'
	}
	return field == "intensity" || field == "credibility" || field == "confidence"
}

// knownFields refuses an edit that gives a claim a field its kind of claim lacks (a
// name to a tie), naming the field.
func knownFields(entity string, body json.RawMessage) error {
	var v any
	switch entity {
	case "tie":
		v = &alliances.Tie{}
	case "actor":
		v = &alliances.Actor{}
	case "event":
		v = &alliances.Event{}
	case "source":
		v = &alliances.Source{}
	default:
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if _, field, ok := strings.Cut(err.Error(), "unknown field "); ok {
			article := "a"
			if strings.ContainsRune("aeiou", rune(entity[0])) {
				article = "an"
			}
			return fmt.Errorf("%s %s has no field %s", article, entity, field)
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return fmt.Errorf("%s: expected %s, not %s", te.Field, jsonType(te.Type.Kind().String()), te.Value)
		}
		return fmt.Errorf("the %s's fields do not read: %v", entity, err)
	}
	return nil
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// splitQuoted splits on spaces, keeping what double quotes hold together (without them).
func splitQuoted(s string) []string {
	var out []string
	var cur strings.Builder
	quoted := false
	for _, r := range s {
		switch {
		case r == '"':
			quoted = !quoted
		case r == ' ' && !quoted:
			if cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
		default:
			cur.WriteRune(r)
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// citedCredibility is the credibility of a tie's first citation, or 0.
func citedCredibility(body json.RawMessage) alliances.Credibility {
	var t alliances.Tie
	if json.Unmarshal(body, &t) != nil || len(t.Citations) == 0 {
		return 0
	}
	return t.Citations[0].Credibility
}

// jsonType names a Go kind as the field's value is written.
func jsonType(kind string) string {
	switch kind {
	case "map", "struct":
		return "an object"
	case "slice", "array":
		return "a list"
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "float32", "float64":
		return "a number"
	case "bool":
		return "true or false"
	}
	return "a " + kind
}
