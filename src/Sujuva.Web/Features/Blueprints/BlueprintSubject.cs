using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Blueprints;

/// <summary>The services a blueprint describes, in order: one to MaxServices distinct ids.</summary>
public static class BlueprintSubject
{
    /// <summary>Ids written comma-separated in an address (services=id,id).</summary>
    public static Outcome<List<ServiceId>> Parse(string? text, string field)
    {
        var parts = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ids = new List<Guid>();
        foreach (var part in parts)
        {
            if (!Guid.TryParse(part, out var id)) return Refusal.Invalid(field, "Blueprints.BadServices", "services lists service ids, comma-separated.");
            ids.Add(id);
        }

        return Check(ids, field);
    }

    public static Outcome<List<ServiceId>> Check(IReadOnlyList<Guid>? ids, string field)
    {
        if (ids is null || ids.Count == 0) return Refusal.Invalid(field, "Blueprints.NoServices", "Name at least one service.");
        if (ids.Count > BlueprintVersion.MaxServices)
            return Refusal.Invalid(field, "Blueprints.TooManyServices", $"A chain has at most {BlueprintVersion.MaxServices} services.");
        if (ids.Distinct().Count() != ids.Count) return Refusal.Invalid(field, "Blueprints.RepeatedService", "A chain names each service once.");
        return ids.Select(i => new ServiceId(i)).ToList();
    }
}
