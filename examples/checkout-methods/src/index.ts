console.log('TODO');
