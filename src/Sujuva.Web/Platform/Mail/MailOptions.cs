namespace Sujuva.Web.Platform.Mail;

/// <summary>Section "Mail" of the configuration. Without a Host, messages are written to PickupFolder instead (decision 0010).</summary>
public sealed class MailOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public MailSecurity Security { get; set; } = MailSecurity.StartTls;
    public string SenderAddress { get; set; } = "sujuva@localhost";
    public string SenderName { get; set; } = "Sujuva";

    /// <summary>Signs in to the server when set.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Where messages go as .eml files when no Host is set; relative to the app's content root.</summary>
    public string PickupFolder { get; set; } = Path.Combine("data", "mail");

    /// <summary>The app's address as readers of its mails reach it, for links in them; the server's own first address when unset.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>The host to send through; null means the pickup folder.</summary>
    internal string? SmtpHost => string.IsNullOrWhiteSpace(Host) ? null : Host.Trim();
}
