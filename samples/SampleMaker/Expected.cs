using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SampleMaker;

/// <summary>Derives the expected parser result from the same description the PDF was drawn from.</summary>
public static class Expected
{
    private const string WillNotLeave = "will-not-leave";

    public static JsonObject For(LetterSpec spec, string file)
    {
        var grounds = new List<(string Id, List<string> Factors)>();
        var unrecognized = new List<string>();
        var hasNotes = false;

        void Add(string id)
        {
            var top = id.StartsWith(WillNotLeave + ".", StringComparison.Ordinal) ? WillNotLeave : id;
            var entry = grounds.FirstOrDefault(g => g.Id == top);
            if (entry.Id is null)
            {
                entry = (top, []);
                grounds.Add(entry);
            }

            if (top != id && !entry.Factors.Contains(id))
            {
                entry.Factors.Add(id);
            }
        }

        if (spec.IsRefusal)
        {
            foreach (var block in spec.Body)
            {
                switch (block)
                {
                    case Check c:
                        if (c.Ticked && c.Ground is not null)
                        {
                            Add(c.Ground);
                        }

                        foreach (var factor in c.FactorRows.SelectMany(r => r).Where(f => f.Ticked && f.Ground is not null))
                        {
                            Add(factor.Ground!);
                        }

                        break;
                    case Reason r:
                        foreach (var g in r.Grounds)
                        {
                            Add(g);
                        }

                        if (r.Unrecognized)
                        {
                            Add("other");
                            unrecognized.Add(r.Text.Replace("\u00AD", "").Replace('\n', ' '));
                        }

                        break;
                    case OfficerNotes:
                        hasNotes = true;
                        break;
                }
            }
        }

        var groundsJson = new JsonObject();
        foreach (var (id, factors) in grounds)
        {
            groundsJson[id] = new JsonArray(factors.Select(f => (JsonNode)JsonValue.Create(f)!).ToArray());
        }

        var location = spec.DecisionLocation;
        int[] days = !spec.IsRefusal ? [] : location switch
        {
            "inside-canada" => [15],
            "outside-canada" => [60],
            _ => [15, 60],
        };

        var json = new JsonObject
        {
            ["file"] = file,
            ["isRefusalLetter"] = spec.IsRefusal,
            ["language"] = spec.Language,
            ["letter"] = new JsonObject
            {
                ["date"] = spec.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["applicationNumber"] = spec.ApplicationNumber,
                ["uci"] = spec.UciPrinted?.Replace("-", "", StringComparison.Ordinal),
                ["applicantName"] = spec.ApplicantName,
                ["office"] = spec.Office?.Name,
                ["permitType"] = spec.PermitType,
                ["decisionLocation"] = location,
                ["format"] = spec.IsRefusal ? spec.Format : "unknown",
            },
            ["grounds"] = groundsJson,
            ["unrecognized"] = new JsonArray(unrecognized.Select(u => (JsonNode)JsonValue.Create(u)!).ToArray()),
            ["hasOfficerNotes"] = hasNotes,
            ["judicialReviewDays"] = new JsonArray(days.Select(d => (JsonNode)JsonValue.Create(d)).ToArray()),
        };

        // Only the samples made for the officer's notes say what kind of document they are; the earlier samples'
        // expected files stay as they were.
        if (spec.DocumentKind is not null)
        {
            json["documentKind"] = spec.DocumentKind;
            json["concernIds"] = new JsonArray(spec.ConcernIds.Order(StringComparer.Ordinal).Select(c => (JsonNode)JsonValue.Create(c)!).ToArray());
            json["responseDeadline"] = spec.ResponseDeadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return json;
    }

    public static string Serialize(JsonObject json) => json.ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = true,
        // Keep é, ☐ and quotes readable in the committed files.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }) + "\n";
}
