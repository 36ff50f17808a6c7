#!/usr/bin/env bash
# Refreshes the browser app's third-party files (web/static/vendor) from the npm registry,
# at the pinned versions below, with their licenses. Needs npm and tar; the build does not
# (the files are committed and embedded). To move to a new version: change it here, run
# this, look at the app, commit.
#
#   bash scripts/vendor-web.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=web/static/vendor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# name@version  file-in-package  name-in-vendor
files=(
	"topojson-client@3.1.0 dist/topojson-client.min.js topojson-client.min.js"
	"world-atlas@2.0.2 countries-110m.json countries-110m.json"
	"i18n-iso-countries@7.14.0 codes.json iso-country-codes.json"
)
mkdir -p "$out"
{
	echo "# Third-party files of the browser app"
	echo
	echo "Fetched from the npm registry by scripts/vendor-web.sh; each with its license beside it."
	echo
	echo "| file | package | license |"
	echo "|---|---|---|"
} >"$out/README.md"
for f in "${files[@]}"; do
	read -r pkg path name <<<"$f"
	dir=$tmp/${pkg%@*}
	mkdir -p "$dir"
	(cd "$dir" && npm pack "$pkg" --silent >/dev/null && tar xzf ./*.tgz)
	cp "$dir/package/$path" "$out/$name"
	cp "$dir/package/LICENSE" "$out/${pkg%@*}.LICENSE.txt"
	license=$(cd "$dir/package" && node -p 'require("./package.json").license')
	echo "| $name | $pkg ($path) | $license: ${pkg%@*}.LICENSE.txt |" >>"$out/README.md"
done
echo "vendored into $out:"
ls -l "$out"
