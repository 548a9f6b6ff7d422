namespace Sujuva.Web.Features.Access;

/// <summary>Configuration section "Access".</summary>
public sealed class AccessOptions
{
    /// <summary>
    /// Days a team keeps reading a client's personal data after closing the client's case, for
    /// follow-up questions and corrections; 0 ends access at closing.
    /// </summary>
    public int GraceDays { get; set; } = 30;
}
