using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sujuva.Web.Data;

/// <summary>
/// A secret the installation makes for itself on first start and keeps, so that every instance on the same
/// database uses the same one (today: the key behind exported pseudonyms).
/// </summary>
public sealed class InstanceSecret
{
    public string Name { get; private set; } = "";
    public string Value { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private InstanceSecret() { }

    public InstanceSecret(string name, string value, DateTime createdAt)
    {
        Name = name;
        Value = value;
        CreatedAt = createdAt;
    }
}

public sealed class InstanceSecretConfiguration : IEntityTypeConfiguration<InstanceSecret>
{
    public void Configure(EntityTypeBuilder<InstanceSecret> b)
    {
        b.ToTable("InstanceSecrets");
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.Value).HasMaxLength(200);
    }
}
