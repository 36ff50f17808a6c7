// Package web is the browser app that `alliances serve` offers at /: the network of a
// case through time, with the evidence of every tie and the profile of every actor,
// drawn from the JSON API. Its files are embedded in the binary and need nothing from
// the network: no CDN, no tile server, no font service.
//
// Assets are served under names that carry a hash of their content, cached for a year;
// the page that names them is never cached. Every response forbids inline script and
// style (Content-Security-Policy), so that text from a record that reaches the page as
// markup by mistake cannot run.
package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"slices"
	"strings"
)

//go:embed static
var static embed.FS

// CSP is the Content-Security-Policy of every page and asset: scripts, styles and
// requests from this server only, images also as data or blob URLs (an exported
// picture), nothing framed.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
	"font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// App serves the app: the page at /, its assets under /assets/.
type App struct {
	index  []byte
	assets map[string]asset // by hashed name
}

type asset struct {
	body []byte
	kind string
}

// New reads the embedded files and names each asset after its content.
func New() *App {
	a := &App{assets: map[string]asset{}}
	files := map[string][]byte{} // path under static -> content
	err := fs.WalkDir(static, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || p == "static/index.html" {
			return err
		}
		body, err := static.ReadFile(p)
		files[strings.TrimPrefix(p, "static/")] = body
		return err
	})
	if err != nil {
		panic(err)
	}
	// Scripts name other assets by their plain paths, rewritten to the hashed ones: they
	// are named after their content once rewritten, so that a new version of anything
	// they name gives them a new name too.
	names := map[string]string{} // path under static -> hashed path
	add := func(rel string, body []byte) {
		sum := sha256.Sum256(body)
		ext := path.Ext(rel)
		hashed := strings.TrimSuffix(rel, ext) + "." + hex.EncodeToString(sum[:6]) + ext
		names[rel] = hashed
		kind := mime.TypeByExtension(ext)
		if kind == "" {
			kind = "application/octet-stream"
		}
		a.assets[hashed] = asset{body: body, kind: kind}
	}
	for rel, body := range files {
		if !strings.HasSuffix(rel, ".js") || strings.HasPrefix(rel, "vendor/") {
			add(rel, body)
		}
	}
	// A script is named once the scripts it imports are ("./team.js"), so that its
	// text holds their hashed names.
	var scripts []string
	for rel := range files {
		if strings.HasSuffix(rel, ".js") && !strings.HasPrefix(rel, "vendor/") {
			scripts = append(scripts, rel)
		}
	}
	for len(scripts) > 0 {
		var waiting []string
		for _, rel := range scripts {
			if slices.ContainsFunc(scripts, func(other string) bool {
				return other != rel && bytes.Contains(files[rel], []byte(`"./`+other+`"`))
			}) {
				waiting = append(waiting, rel) // imports a script not yet named
				continue
			}
			add(rel, rename(files[rel], names))
		}
		if len(waiting) == len(scripts) {
			panic("web: scripts import each other in a cycle: " + strings.Join(scripts, ", "))
		}
		scripts = waiting
	}
	index, err := static.ReadFile("static/index.html")
	if err != nil {
		panic(err)
	}
	a.index = rename(index, names)
	return a
}

// rename replaces "./NAME" and "/assets/NAME" by the hashed names (NAME a path under
// static, such as vendor/countries-110m.json).
func rename(body []byte, names map[string]string) []byte {
	for plain, hashed := range names {
		body = bytes.ReplaceAll(body, []byte("/assets/"+plain), []byte("/assets/"+hashed))
		body = bytes.ReplaceAll(body, []byte("\"./"+plain+"\""), []byte("\"./"+hashed+"\""))
	}
	return body
}

// ServeHTTP implements http.Handler.
func (a *App) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", CSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "the app only reads", http.StatusMethodNotAllowed)
		return
	}
	switch {
	case r.URL.Path == "/" || r.URL.Path == "/index.html":
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-cache")
		w.Write(a.index)
	case strings.HasPrefix(r.URL.Path, "/assets/"):
		as, ok := a.assets[strings.TrimPrefix(r.URL.Path, "/assets/")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h.Set("Content-Type", as.kind)
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
		w.Write(as.body)
	default:
		http.NotFound(w, r)
	}
}
