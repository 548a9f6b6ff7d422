namespace Sujuva.Web.Features.Pulse;

/// <summary>Section "Pulse" of the configuration.</summary>
public sealed class PulseOptions
{
    /// <summary>
    /// Optional secret (base64, from a secret store) mixed into the receipt key, so that the database
    /// alone cannot tell who answered this week (docs/decisions/0007-anonymous-pulse.md).
    /// </summary>
    public string? ReceiptKey { get; set; }
}
