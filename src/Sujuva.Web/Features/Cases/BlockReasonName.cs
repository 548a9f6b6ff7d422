using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Cases;

/// <summary>
/// The network's own name for a block reason, entered by an administrator: Finnish, and optionally Swedish and
/// English. The code stays what the event log, the exports and the dashboards count; only the text shown
/// changes. Without a Finnish name (never entered, or cleared) the built-in text is shown. The row stays when
/// cleared, so its Version keeps counting and a stale edit is always a 409.
/// </summary>
public sealed class BlockReasonName : Entity
{
    public BlockReason Reason { get; private set; }
    public string? Name { get; private set; }
    public string? NameSv { get; private set; }
    public string? NameEn { get; private set; }
    public int Version { get; private set; }

    private BlockReasonName() { }

    public BlockReasonName(BlockReason reason) => Reason = reason;

    public Refusal? Rename(string? name, string? nameSv, string? nameEn, UserId by, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(name)) return Refusal.Invalid("name", "BlockReasons.NameMissing", "Give the reason a Finnish name, or use the built-in text.");
        (Name, NameSv, NameEn) = (name.Trim(), LocalName.Optional(nameSv), LocalName.Optional(nameEn));
        Changed(by, at);
        return null;
    }

    /// <summary>Back to the built-in text in every language.</summary>
    public void Clear(UserId by, DateTime at)
    {
        (Name, NameSv, NameEn) = (null, null, null);
        Changed(by, at);
    }

    private void Changed(UserId by, DateTime at)
    {
        Version++;
        Record(new Event(new BlockReasonNamed(Reason, Name), at, by, null, null, null, null, null));
    }
}
