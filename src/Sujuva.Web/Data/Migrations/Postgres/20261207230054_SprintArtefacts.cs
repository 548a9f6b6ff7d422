using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sujuva.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SprintArtefacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InterviewScript",
                table: "Sprints",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LongTermGoal",
                table: "Sprints",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "MapActors",
                table: "Sprints",
                type: "text",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "MapSteps",
                table: "Sprints",
                type: "text",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "PrototypeUrl",
                table: "Sprints",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Questions",
                table: "Sprints",
                type: "text",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "Storyboard",
                table: "Sprints",
                type: "text",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "TargetMoment",
                table: "Sprints",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "SprintFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SprintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Size = table.Column<int>(type: "integer", nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprintFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprintFiles_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SprintTestAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SprintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Interview = table.Column<int>(type: "integer", nullable: false),
                    QuestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Verdict = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ByCustomer = table.Column<bool>(type: "boolean", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprintTestAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprintTestAnswers_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SprintTestLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SprintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Interview = table.Column<int>(type: "integer", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    IssuedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprintTestLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprintTestLinks_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SprintFiles_SprintId_UploadedAt",
                table: "SprintFiles",
                columns: new[] { "SprintId", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SprintTestAnswers_SprintId_Interview_QuestionId",
                table: "SprintTestAnswers",
                columns: new[] { "SprintId", "Interview", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SprintTestLinks_SprintId_Interview",
                table: "SprintTestLinks",
                columns: new[] { "SprintId", "Interview" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SprintTestLinks_TokenHash",
                table: "SprintTestLinks",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SprintFiles");

            migrationBuilder.DropTable(
                name: "SprintTestAnswers");

            migrationBuilder.DropTable(
                name: "SprintTestLinks");

            migrationBuilder.DropColumn(
                name: "InterviewScript",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "LongTermGoal",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "MapActors",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "MapSteps",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "PrototypeUrl",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "Questions",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "Storyboard",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "TargetMoment",
                table: "Sprints");
        }
    }
}
