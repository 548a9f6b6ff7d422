using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Sujuva.Web.Platform.Mail;

/// <summary>
/// Sends mail over SMTP (Mail:Host), or, with no host configured (a demo on a closed network), writes each message
/// as an .eml file into Mail:PickupFolder: nothing is faked and nothing is lost (decision 0010). The one user of
/// MailKit. Logs never name the recipient: an address is personal data.
/// </summary>
public sealed class MailSender(IOptions<MailOptions> options, IHostEnvironment env, TimeProvider clock, ILogger<MailSender> log)
{
    private readonly MailOptions _options = options.Value;

    /// <summary>Throws when the server refuses or cannot be reached; a job that sends is then retried.</summary>
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mail);
        using var message = Compose(mail);
        if (_options.SmtpHost is { } host) await SendBySmtpAsync(message, host, ct);
        else await WriteToPickupAsync(message, ct);
    }

    /// <summary>The pickup folder, absolute.</summary>
    public string PickupFolder => Path.Combine(env.ContentRootPath, _options.PickupFolder);

    private MimeMessage Compose(OutgoingMail mail)
    {
        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        var message = new MimeMessage { Subject = mail.Subject, Date = clock.GetUtcNow(), Body = body.ToMessageBody() };
        message.From.Add(new MailboxAddress(_options.SenderName, _options.SenderAddress));
        message.To.Add(new MailboxAddress(mail.ToName ?? "", mail.To));
        return message;
    }

    private async Task SendBySmtpAsync(MimeMessage message, string host, CancellationToken ct)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(host, _options.Port, SocketOptions(_options.Security), ct);
        if (!string.IsNullOrEmpty(_options.UserName))
            await smtp.AuthenticateAsync(_options.UserName, _options.Password ?? "", ct);
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(quit: true, ct);
        log.LogInformation("Sent mail {MessageId} through {Host}:{Port}.", message.MessageId, host, _options.Port);
    }

    /// <summary>Written under a temporary name and then renamed, so a reader of the folder never sees half a message.</summary>
    private async Task WriteToPickupAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(PickupFolder);
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(PickupFolder, name);
        await message.WriteToAsync(path + ".tmp", ct);
        File.Move(path + ".tmp", path);
        log.LogInformation("No Mail:Host is configured: wrote mail {MessageId} to {Path} instead of sending it.", message.MessageId, path);
    }

    private static SecureSocketOptions SocketOptions(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Not a mail security setting."),
    };
}
