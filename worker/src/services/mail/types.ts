/** What the Worker sends by email (plain text: links and short notices only). */
export interface MailMessage {
	to: string;
	subject: string;
	text: string;
}

/** The one interface every mail transport implements. */
export interface MailSender {
	send( message: MailMessage ): Promise<void>;
}
