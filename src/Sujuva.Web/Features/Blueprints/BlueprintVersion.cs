using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Blueprints;

/// <summary>
/// A published operating-model description: numbered per subject (the ordered services it describes), with its title,
/// who published it and when, and the whole generated model frozen as JSON. It is never changed nor regenerated: what
/// was published is what is read back, whatever the network has become since.
/// </summary>
public sealed class BlueprintVersion
{
    /// <summary>At most this many services in a chain: a blueprint is read side by side, not scrolled across.</summary>
    public const int MaxServices = 6;

    public BlueprintVersionId Id { get; private set; }

    /// <summary>The ordered service ids, comma-separated: the versions of one subject are numbered together.</summary>
    public string Subject { get; private set; } = "";
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public DateTime PublishedAt { get; private set; }
    public UserId PublishedBy { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }

    /// <summary>The frozen BlueprintModel (JsonColumn's form).</summary>
    public string Content { get; private set; } = "";

    private BlueprintVersion() { }

    public static BlueprintVersion Publish(IReadOnlyList<ServiceId> services, int number, string title, BlueprintModel model, UserId by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new BlueprintVersion
        {
            Id = new(Guid.CreateVersion7(at)), Subject = SubjectOf(services), Number = number, Title = title.Trim(), PublishedAt = at,
            PublishedBy = by, From = model.From, To = model.To, Content = JsonColumn.Write(model),
        };
    }

    public BlueprintModel Model => JsonColumn.Read<BlueprintModel>(Content);

    public IReadOnlyList<Guid> ServiceIds => [.. Subject.Split(',').Select(Guid.Parse)];

    public static string SubjectOf(IReadOnlyList<ServiceId> services) => string.Join(',', services.Select(s => s.Value.ToString("D")));
}
