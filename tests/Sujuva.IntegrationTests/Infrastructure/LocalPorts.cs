using System.Net;
using System.Net.Sockets;

namespace Sujuva.IntegrationTests.Infrastructure;

/// <summary>A loopback port free at the moment, for a server the test starts (an SMTP server).</summary>
public static class LocalPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
