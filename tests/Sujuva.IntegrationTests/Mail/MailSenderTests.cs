using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;
using netDumbster.smtp;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.IntegrationTests.Privacy;
using Sujuva.Web.Platform.Mail;

namespace Sujuva.IntegrationTests.Mail;

/// <summary>
/// E-mail (issue 16 item 5) through a real SMTP server the test starts on a free loopback port, and into the pickup
/// folder when no server is configured; the log says what happened without naming the recipient. Mail does not
/// touch the database, so these run on SQLite only.
/// </summary>
public sealed class MailSenderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly OutgoingMail Reminder = new("asiakas@example.fi", "Muistutus: ohjaustapaaminen huomenna",
        "Tapaaminen alkaa klo 10.00 Äänekoskella.", "<p>Tapaaminen alkaa klo <b>10.00</b> Äänekoskella.</p>", "Aino Asiakas");

    [Fact]
    public async Task Send_WithHost_DeliversToTheSmtpServer()
    {
        var port = LocalPorts.Free();
        using var server = SimpleSmtpServer.Start(port);
        var logs = new CapturedLogs();
        await using var app = await StartAsync(logs, new Dictionary<string, string>
        {
            ["Mail:Host"] = "127.0.0.1", ["Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Security"] = "None", ["Mail:SenderAddress"] = "sujuva@kunta.example.fi", ["Mail:SenderName"] = "Sujuva",
        });

        await app.Services.GetRequiredService<MailSender>().SendAsync(Reminder, Ct);

        var received = Assert.Single(server.ReceivedEmail);
        using var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(received.Data)), Ct);
        AssertIsTheReminder(message);
        Assert.Equal("sujuva@kunta.example.fi", message.From.Mailboxes.Single().Address);
        AssertLoggedWithoutRecipient(logs, $"Sent mail {message.MessageId}");
    }

    [Fact]
    public async Task Send_WithoutHost_WritesTheMessageToThePickupFolder()
    {
        var folder = Directory.CreateTempSubdirectory("sujuva-mail-").FullName;
        try
        {
            var logs = new CapturedLogs();
            await using var app = await StartAsync(logs, new Dictionary<string, string> { ["Mail:PickupFolder"] = folder });

            await app.Services.GetRequiredService<MailSender>().SendAsync(Reminder, Ct);

            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith(".eml", file, StringComparison.Ordinal);
            using var message = await MimeMessage.LoadAsync(file, Ct);
            AssertIsTheReminder(message);
            AssertLoggedWithoutRecipient(logs, file);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Task<SujuvaApp> StartAsync(CapturedLogs logs, Dictionary<string, string> settings)
    {
        settings["Logging:LogLevel:Sujuva.Web.Platform.Mail"] = "Information";
        return SujuvaApp.StartAsync(Databases.Sqlite, seedFixture: false, settings: settings,
            web: web => web.ConfigureLogging(l => l.AddProvider(logs)));
    }

    private static void AssertLoggedWithoutRecipient(CapturedLogs logs, string expected)
    {
        Assert.Contains(logs.Lines, line => line.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("asiakas@example.fi", StringComparison.OrdinalIgnoreCase)
            || line.Contains("Aino", StringComparison.Ordinal));
    }

    private static void AssertIsTheReminder(MimeMessage message)
    {
        var to = Assert.Single(message.To.Mailboxes);
        Assert.Equal("asiakas@example.fi", to.Address);
        Assert.Equal("Aino Asiakas", to.Name);
        Assert.Equal("Muistutus: ohjaustapaaminen huomenna", message.Subject);
        Assert.Equal("Tapaaminen alkaa klo 10.00 Äänekoskella.", message.TextBody?.TrimEnd());
        Assert.Equal("<p>Tapaaminen alkaa klo <b>10.00</b> Äänekoskella.</p>", message.HtmlBody?.TrimEnd());
    }
}
