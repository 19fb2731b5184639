"""Call `placewise serve` from Python with nothing but the standard library.

Start the service first (it binds 127.0.0.1 unless told otherwise):
    npx @placewise/cli serve --port 8787 --vacancies vacancies.json
then:
    python3 call-the-service.py http://127.0.0.1:8787 referral.json
"""
import json
import sys
import urllib.error
import urllib.request


class PlacewiseError(Exception):
    """The service's JSON error object: a stable `code`, a one-line `message`, located `issues`."""

    def __init__(self, status, body):
        super().__init__(f"{status} {body['error']['code']}: {body['error']['message']}")
        self.status = status
        self.code = body["error"]["code"]
        self.issues = body.get("issues", [])


def call(base, method, path, body=None):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("content-type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        # 400 malformed JSON, 404 unknown route or entity, 413 too large, 422 invalid input, 500 internal.
        raise PlacewiseError(error.code, json.load(error)) from None


def main(base, referral_file):
    openapi = call(base, "GET", "/openapi.json")
    print("service", openapi["info"]["version"], "routes", ", ".join(sorted(openapi["paths"])))
    with open(referral_file, encoding="utf-8-sig") as f:
        referral = json.load(f)
    checked = call(base, "POST", "/v1/validate/Referral", referral)
    if not checked["valid"]:
        for issue in checked["issues"]:
            print("referral", ".".join(map(str, issue["location"].get("path", []))), issue["message"])
        return 1
    result = call(base, "POST", "/v1/match", {"referral": referral, "top": 3})
    for match in result["results"]:
        if match["eligible"]:
            print(match["rank"], match["vacancyId"], round(match["score"], 3))
    print(result["eligibleCount"], "of", result["vacancyCount"], "vacancies eligible")
    try:
        call(base, "POST", "/v1/match", {"referral": referral, "colour": "blue"})
    except PlacewiseError as error:
        print("refused:", error.code, [i["location"].get("path") for i in error.issues])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
