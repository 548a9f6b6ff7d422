namespace Sujuva.Web.Platform.Input;

/// <summary>
/// Maximum lengths of request text, one per kind of field. Each is at most the column it is stored in
/// (the EF configurations), so what the API accepts the database can hold.
/// </summary>
public static class TextLimits
{
    /// <summary>Organisation, team, service and stage names, display names.</summary>
    public const int Name = 200;

    /// <summary>A client's first or last name, municipality.</summary>
    public const int PersonName = 100;

    /// <summary>A Finnish personal identity code is 11 characters; room for foreign formats.</summary>
    public const int IdentityCode = 20;

    public const int Phone = 40;

    /// <summary>RFC 5321 caps a path at 256 characters; client e-mails are stored in 200.</summary>
    public const int Email = 200;

    /// <summary>Block reasons (stored in 500).</summary>
    public const int ShortReason = 500;

    /// <summary>Referral, override and decline texts, comments (stored in 1000).</summary>
    public const int Reason = 1000;

    /// <summary>Passwords, codes and tokens: long enough for a passphrase, short enough not to hash megabytes.</summary>
    public const int Secret = 200;

    /// <summary>Role names, formats, languages and other words from a fixed list.</summary>
    public const int Word = 50;
}
