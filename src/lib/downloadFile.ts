/** Saves `blob` as a file called `name` through the browser's download, without any server. */
export const downloadFile = (name: string, blob: Blob): void => {
	const url = URL.createObjectURL(blob);
	const link = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	// Some browsers read the URL after click returns: let it live a little.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
