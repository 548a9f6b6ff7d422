namespace Sujuva.Web.Platform.Mail;

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum MailSecurity
{
    /// <summary>Plain text: only for a server on the same host or a closed network (and the tests' local server).</summary>
    None,

    /// <summary>Plain connect, then STARTTLS, which the server must offer (usually port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}
