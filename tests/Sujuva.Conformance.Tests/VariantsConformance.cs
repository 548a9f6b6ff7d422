using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Conformance.Tests;

internal static class VariantsConformance
{
    public static void Compare(Differences d, JsonElement expected, IReadOnlyList<Variant> variants)
    {
        d.Equal("variants", expected.GetProperty("total_variants").GetInt32(), variants.Count);
        var top = expected.GetProperty("top20").EnumerateArray().ToList();
        d.Equal("cases in top 20 variants", expected.GetProperty("cases_in_top20").GetInt32(), variants.Take(20).Sum(v => v.Cases));
        InOrder(d, "top 20 variant", top, variants);
        if (expected.TryGetProperty("all", out var all)) InOrder(d, "variant", [.. all.EnumerateArray()], variants);
        if (expected.TryGetProperty("all_variants_sha256", out var hash))
            d.Equal("sha256 of all variants", hash.GetString(), Sha256(variants));
    }

    private static void InOrder(Differences d, string what, List<JsonElement> expected, IReadOnlyList<Variant> variants)
    {
        for (var i = 0; i < expected.Count; i++)
        {
            var activities = expected[i].GetProperty("activities").EnumerateArray().Select(a => a.GetString()!).ToList();
            var count = expected[i].GetProperty("count").GetInt32();
            var ours = i < variants.Count ? variants[i] : null;
            if (ours is null || ours.Cases != count || !ours.Activities.SequenceEqual(activities))
            {
                d.Add($"{what} #{i + 1}: PM4Py {count} × [{string.Join(", ", activities)}], "
                    + $"Sujuva {(ours is null ? "none" : $"{ours.Cases} × [{string.Join(", ", ours.Activities)}]")}");
            }
        }
    }

    // The reference's canonical form: lines "count<TAB>act1<US>act2…", sorted, joined by LF, UTF-8.
    private static string Sha256(IReadOnlyList<Variant> variants)
    {
        var text = string.Join('\n', variants.Select(v => $"{v.Cases}\t{string.Join('\u001f', v.Activities)}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
