using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sujuva.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProgrammeTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProgrammeTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Rhythm = table.Column<string>(type: "text", nullable: false),
                    Sessions = table.Column<string>(type: "text", nullable: false),
                    Group = table.Column<bool>(type: "boolean", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeTemplates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeTemplates_ServiceId",
                table: "ProgrammeTemplates",
                column: "ServiceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProgrammeTemplates");
        }
    }
}
