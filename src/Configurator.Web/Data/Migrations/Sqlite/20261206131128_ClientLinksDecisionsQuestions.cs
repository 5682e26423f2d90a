using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClientLinksDecisionsQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClientLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    RevisionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    StakeholderId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecipientEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SentById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    RevokedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SupersededBy = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstOpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LastOpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Views = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondsSpent = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Downloads = table.Column<int>(type: "INTEGER", nullable: false),
                    ChosenOptionId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClientLinks_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClientDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    RevisionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ClientLinkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    OptionId = table.Column<int>(type: "INTEGER", nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SignerTitle = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SignaturePng = table.Column<byte[]>(type: "BLOB", nullable: true),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    RevisionSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Competitor = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClientDecisions_ClientLinks_ClientLinkId",
                        column: x => x.ClientLinkId,
                        principalTable: "ClientLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClientDecisions_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClientQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClientLinkId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromClient = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClientQuestions_ClientLinks_ClientLinkId",
                        column: x => x.ClientLinkId,
                        principalTable: "ClientLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClientQuestions_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClientDecisions_ClientLinkId",
                table: "ClientDecisions",
                column: "ClientLinkId");

            migrationBuilder.CreateIndex(
                name: "IX_ClientDecisions_ProposalId_RevisionNumber",
                table: "ClientDecisions",
                columns: new[] { "ProposalId", "RevisionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClientLinks_ProposalId_RevisionNumber",
                table: "ClientLinks",
                columns: new[] { "ProposalId", "RevisionNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_ClientLinks_TokenHash",
                table: "ClientLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClientQuestions_ClientLinkId_At",
                table: "ClientQuestions",
                columns: new[] { "ClientLinkId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ClientQuestions_ProposalId",
                table: "ClientQuestions",
                column: "ProposalId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClientDecisions");

            migrationBuilder.DropTable(
                name: "ClientQuestions");

            migrationBuilder.DropTable(
                name: "ClientLinks");
        }
    }
}
